import { Button } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ok } from '../../../core/platform/schemas.js';
import { api } from '../../api/client.js';
import { useErrorText } from '../../app/form.js';
import { ConfirmModal } from '../../app/ui/ConfirmModal.js';

/** On a failed sign-in row: lift the block on the address it came from (after confirmation). */
export function UnlockAddressButton({ ip }: { ip: string }) {
  const { t } = useTranslation('audit');
  const errorText = useErrorText();
  const [asking, setAsking] = useState(false);
  const unlock = useMutation({ mutationFn: () => api.post('/api/auth/unlock-address', { ip }, { schema: ok }) });

  if (unlock.isSuccess) return <span role="status">{t('addressUnlocked', { ip })}</span>;
  return (
    <>
      <Button variant="default" size="compact-xs" ml="xs" aria-label={t('unlockAddressLabel', { ip })} onClick={() => setAsking(true)}>
        {t('unlockAddress')}
      </Button>
      <ConfirmModal
        opened={asking}
        title={t('unlockAddressModal.title', { ip })}
        text={t('unlockAddressModal.text', { ip })}
        confirmLabel={t('unlockAddressModal.submit')}
        pending={unlock.isPending}
        error={unlock.error ? errorText(unlock.error) : null}
        onConfirm={() => unlock.mutate(undefined, { onSuccess: () => setAsking(false) })}
        onClose={() => {
          setAsking(false);
          unlock.reset();
        }}
      />
    </>
  );
}
