import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { withdrawConsentRequest } from '../../../core/cases/consent.js';
import type { EntryView } from '../../../core/cases/views.js';
import { useForm } from '../../app/form.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { useWithdrawConsent } from './api.js';
import { DateInput } from './fields.js';
import { localToday } from './taskGroups.js';

/** Records the day a consent was withdrawn (it stays on record). */
export function WithdrawConsentModal({ caseId, entry, onClose }: { caseId: string; entry: EntryView; onClose: () => void }) {
  const { t } = useTranslation(['caseWork', 'common']);
  const form = useForm({ withdrawnOn: localToday() });
  const withdraw = useWithdrawConsent(caseId);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The version of the consent as the list shows it now (refreshed after a conflict).
    const body = form.validate(withdrawConsentRequest, { withdrawnOn: form.values.withdrawnOn, version: entry.version });
    if (body) withdraw.mutate({ id: entry.id, ...body }, { onSuccess: onClose, onError: form.fail });
  };

  return (
    <Modal opened onClose={onClose} title={t('caseWork:consent.withdrawTitle')} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form ref={form.ref} onSubmit={onSubmit} noValidate>
        <Stack>
          <Text size="sm">{t('caseWork:consent.withdrawText')}</Text>
          <DateInput label={t('caseWork:fields.withdrawnOn')} required data-autofocus {...form.text('withdrawnOn')} />
          <FormAlert message={form.formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('caseWork:actions.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={withdraw.isPending}>
              {t('caseWork:consent.withdrawSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
