import { Button, Card, Checkbox, Group, Modal, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { liaison as liaisonSchema, type ReferralAction, type ReferralView } from '../../core/referrals/referral.js';
import { isApiError } from '../api/client.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { type ActionBody, useReferralAction, useReloadReferral } from './api.js';
import { actionsFor, type Side, sideOf } from './logic.js';

/** The permission each side needs to act. */
const ACTION_PERMISSION: Record<Side, string> = { sender: 'referrals:send', receiver: 'referrals:receive' };

/** The buttons of what the caller's side may do now; each asks for what it needs in a dialog. */
export function ReferralActions({ r, onDone, onStale }: { r: ReferralView; onDone: (text: string, caseId?: string | null) => void; onStale: () => void }) {
  const { t } = useTranslation('referrals');
  const permissions = useMe().data?.permissions ?? [];
  const side = sideOf(r.direction);
  const [open, setOpen] = useState<ReferralAction | null>(null);
  const actions = permissions.includes(ACTION_PERMISSION[side]) ? actionsFor(side, r.status) : [];
  if (actions.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="referral-actions" data-testid="referral-actions">
      <Title order={2} size="h4" id="referral-actions" mb="xs">
        {t('view.actionsTitle')}
      </Title>
      <Group gap="sm">
        {actions.map((a) => (
          <Button
            key={a}
            variant={a === 'accept' || a === 'complete' ? 'filled' : 'default'}
            color={a === 'decline' || a === 'withdraw' ? 'red.9' : undefined}
            onClick={() => setOpen(a)}
          >
            {t(`actions.${a}.button`)}
          </Button>
        ))}
      </Group>
      {open ? <ActionModal r={r} action={open} onClose={() => setOpen(null)} onDone={onDone} onStale={onStale} /> : null}
    </Card>
  );
}

function ActionModal({
  r,
  action,
  onClose,
  onDone,
  onStale,
}: {
  r: ReferralView;
  action: ReferralAction;
  onClose: () => void;
  onDone: (text: string, caseId?: string | null) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation(['referrals', 'common']);
  const errorText = useErrorText();
  const reload = useReloadReferral(r.id);
  const change = useReferralAction(r.id);
  const permissions = useMe().data?.permissions ?? [];
  // Opening a case records a person too: only for those who may do both.
  const canOpenCase = permissions.includes('persons:write') && permissions.includes('cases:write') && r.shared !== null;
  const [openCase, setOpenCase] = useState(true);
  // The receiving side's liaison: the user who accepts, unless they name a colleague.
  const user = useMe().data?.user;
  const [liaison, setLiaison] = useState({ name: user?.name ?? '', email: user?.email ?? '', phone: '' });
  const [liaisonError, setLiaisonError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const trimmed = text.trim();
    let body: ActionBody;
    if (action === 'decline') {
      if (!trimmed) {
        setReasonError(t('common:validation.required'));
        return;
      }
      body = { action, version: r.version, reason: trimmed };
    } else if (action === 'accept') {
      const named = {
        name: liaison.name.trim(),
        ...(liaison.email.trim() ? { email: liaison.email.trim() } : {}),
        ...(liaison.phone.trim() ? { phone: liaison.phone.trim() } : {}),
      };
      const checked = liaisonSchema.safeParse(named);
      if (!checked.success) {
        setLiaisonError(t('common:validation.required'));
        return;
      }
      body = { action, version: r.version, openCase: canOpenCase && openCase, liaison: checked.data, ...(trimmed ? { note: trimmed } : {}) };
    } else body = { action, version: r.version, ...(trimmed ? { note: trimmed } : {}) };
    change.mutate(body, {
      onSuccess: (next) => {
        onClose();
        onDone(t(`actions.${action}.done`), action === 'accept' ? next.receiverCaseId : undefined);
      },
      onError: (e) => {
        if (isApiError(e, 'stale_version') || isApiError(e, 'conflict')) {
          onClose();
          void reload();
          onStale();
        } else setError(errorText(e));
      },
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`actions.${action}.title`, { reference: r.reference })}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t(`actions.${action}.text`)}</Text>
          {action === 'accept' && canOpenCase ? (
            <Checkbox
              label={t('actions.accept.openCase')}
              description={t('actions.accept.openCaseHint')}
              checked={openCase}
              onChange={(event) => setOpenCase(event.currentTarget.checked)}
            />
          ) : null}
          {action === 'accept' ? (
            <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
              <Text component="legend" fw={600} size="sm">
                {t('new.liaisonTitle')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('actions.accept.liaisonHint')}
              </Text>
              <Group grow align="flex-start">
                <TextInput
                  label={t('new.liaisonName')}
                  value={liaison.name}
                  onChange={(event) => {
                    const name = event.currentTarget.value;
                    setLiaison((l) => ({ ...l, name }));
                    setLiaisonError(null);
                  }}
                  error={liaisonError}
                  required
                  maxLength={200}
                />
                <TextInput
                  type="email"
                  label={t('new.liaisonEmail')}
                  value={liaison.email}
                  onChange={(event) => {
                    const email = event.currentTarget.value;
                    setLiaison((l) => ({ ...l, email }));
                    setLiaisonError(null);
                  }}
                  maxLength={254}
                />
                <TextInput
                  type="tel"
                  label={t('new.liaisonPhone')}
                  value={liaison.phone}
                  onChange={(event) => {
                    const phone = event.currentTarget.value;
                    setLiaison((l) => ({ ...l, phone }));
                  }}
                  maxLength={40}
                />
              </Group>
            </Stack>
          ) : null}
          {action === 'decline' ? (
            <Textarea
              label={t('actions.decline.reason')}
              value={text}
              onChange={(event) => {
                setText(event.currentTarget.value);
                setReasonError(null);
              }}
              error={reasonError}
              autosize
              minRows={3}
              maxLength={2000}
              required
              data-autofocus
            />
          ) : (
            <Textarea
              label={t('actions.note')}
              description={t('actions.noteHint')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={2000}
            />
          )}
          <FormAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending} color={action === 'decline' || action === 'withdraw' ? 'red.9' : undefined}>
              {t(`actions.${action}.confirm`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
