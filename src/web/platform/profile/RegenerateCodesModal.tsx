import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordConfirmRequest, recoveryCodesResponse } from '../../../core/platform/schemas.js';
import { api } from '../../api/client.js';
import { useForm } from '../../app/form.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { RecoveryCodesPanel } from '../enrol/RecoveryCodesPanel.js';
import { PasswordField } from '../../app/ui/PasswordField.js';

/** Asks for the password, then shows the new recovery codes once. */
export function RegenerateCodesModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['profile', 'enrol', 'common']);
  const form = useForm({ password: '' });
  const regenerate = useMutation({
    mutationFn: (password: string) => api.post('/api/me/recovery-codes', { password }, { schema: recoveryCodesResponse }),
    onError: form.fail,
  });
  const codes = regenerate.data?.recoveryCodes;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.validate(passwordConfirmRequest, form.values);
    if (body) regenerate.mutate(body.password);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={codes ? t('enrol:recovery.title') : t('profile:secondFactor.regenerateTitle')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      {codes ? (
        <RecoveryCodesPanel codes={codes} onDone={onClose} withHeading={false} />
      ) : (
        <form ref={form.ref} onSubmit={onSubmit} noValidate>
          <Stack>
            <Text>{t('profile:secondFactor.regenerateText')}</Text>
            <PasswordField label={t('common:fields.password')} autoComplete="current-password" required data-autofocus {...form.text('password')} />
            <FormAlert message={form.formError} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" loading={regenerate.isPending}>
                {t('profile:secondFactor.regenerateSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
