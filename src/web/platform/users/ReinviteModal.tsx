import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../api/types.js';
import { useErrorText } from '../../app/form.js';
import { ConfirmModal } from '../../app/ui/ConfirmModal.js';
import { useFormat } from '../../i18n/format.js';
import { useReinviteUser } from './api.js';
import { InvitationLinkPanel } from './InvitationLinkPanel.js';

/** Invite a user again (forgotten password, lost phone): confirm, then the new link to pass on. */
export function ReinviteModal({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const { t } = useTranslation(['users', 'common']);
  const errorText = useErrorText();
  const format = useFormat();
  const reinvite = useReinviteUser();
  const created = reinvite.data;

  if (!created) {
    return (
      <ConfirmModal
        opened
        title={t('users:reinviteModal.title', { name: user.name })}
        text={t('users:reinviteModal.text', { name: user.name })}
        confirmLabel={t('users:reinviteModal.submit')}
        destructive
        pending={reinvite.isPending}
        error={reinvite.error ? errorText(reinvite.error) : null}
        onConfirm={() => reinvite.mutate(user.id)}
        onClose={onClose}
      />
    );
  }
  return (
    <Modal opened onClose={onClose} title={t('users:inviteModal.createdTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <InvitationLinkPanel
        intro={t('users:inviteModal.created', { name: created.user.name, expires: format.dateTime(created.expiresAt) })}
        inviteUrl={created.inviteUrl}
        emailedTo={created.emailed ? created.user.email : null}
        onDone={onClose}
      />
    </Modal>
  );
}
