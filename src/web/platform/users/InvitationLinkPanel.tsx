import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../app/ui/CopyField.js';

interface InvitationLinkPanelProps {
  /** What to say above the link (who it is for, until when). */
  intro: string;
  /** As the server returned it: a path, or absolute with HAVEN_PUBLIC_URL. */
  inviteUrl: string;
  /** The address it was also e-mailed to, when it was. */
  emailedTo: string | null;
  onDone: () => void;
}

/** A new invitation: the one-time link to copy and pass on, and whether it was also e-mailed. */
export function InvitationLinkPanel({ intro, inviteUrl, emailedTo, onDone }: InvitationLinkPanelProps) {
  const { t } = useTranslation(['users', 'common']);
  return (
    <Stack>
      <Text>{intro}</Text>
      <CopyField label={t('users:inviteModal.link')} value={new URL(inviteUrl, window.location.origin).href} copyLabel={t('users:inviteModal.copyLink')} testId="invite-link" />
      {emailedTo ? <Text size="sm">{t('users:inviteModal.emailed', { email: emailedTo })}</Text> : null}
      <Group justify="flex-end">
        <Button onClick={onDone}>{t('common:actions.done')}</Button>
      </Group>
    </Stack>
  );
}
