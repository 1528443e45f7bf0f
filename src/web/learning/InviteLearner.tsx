import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { learnerInvitationRequest } from '../../core/learning/course.js';
import { focusFirstError, useErrorText } from '../app/form.js';
import { CopyField } from '../app/ui/CopyField.js';
import { FormAlert, SuccessNote } from '../app/ui/FormAlert.js';
import { useInviteLearner } from './api.js';

/** Invites a guest learner (courses only) by e-mail; shows the link when no e-mail could be sent. */
export function InviteLearner() {
  const { t } = useTranslation(['learning', 'common']);
  const errorText = useErrorText();
  const ref = useRef<HTMLFormElement | null>(null);
  const invite = useInviteLearner();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<{ name?: string; email?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<{ name: string; email: string; emailed: boolean; url: string | undefined } | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    setDone(null);
    const parsed = learnerInvitationRequest.safeParse({ name, email });
    if (!parsed.success) {
      const found: { name?: string; email?: string } = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] === 'email' ? 'email' : 'name';
        const blank = (key === 'email' ? email : name).trim() === '';
        found[key] ??= blank ? t('common:validation.required') : key === 'email' ? t('common:validation.email') : t('common:validation.invalid');
      }
      setErrors(found);
      focusFirstError(ref.current);
      return;
    }
    invite.mutate(parsed.data, {
      onSuccess: (answer) => {
        setDone({ name: parsed.data.name, email: parsed.data.email, emailed: answer.emailed !== false, url: answer.inviteUrl });
        setName('');
        setEmail('');
      },
      onError: (cause) => setFormError(errorText(cause)),
    });
  };

  const link = done?.url ? new URL(done.url, window.location.origin).toString() : undefined;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="invite-learner">
      <form ref={ref} onSubmit={onSubmit} noValidate data-testid="invite-learner">
        <Stack gap="sm">
          <Title order={2} size="h3" id="invite-learner">
            {t('invite.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('invite.intro')}
          </Text>
          <Group align="flex-start" grow wrap="wrap">
            <TextInput
              label={t('invite.name')}
              value={name}
              required
              autoComplete="off"
              error={errors.name}
              onChange={(e) => {
                setName(e.currentTarget.value);
                setErrors((x) => ({ ...x, name: undefined }));
              }}
            />
            <TextInput
              label={t('invite.email')}
              type="email"
              value={email}
              required
              autoComplete="off"
              error={errors.email}
              onChange={(e) => {
                setEmail(e.currentTarget.value);
                setErrors((x) => ({ ...x, email: undefined }));
              }}
            />
          </Group>
          <FormAlert message={formError} />
          <SuccessNote message={done ? (done.emailed ? t('invite.emailed', { email: done.email }) : t('invite.notEmailed', { name: done.name })) : null} />
          {done && link ? <CopyField label={t('invite.link')} value={link} copyLabel={t('invite.copy')} testId="learner-invite-url" /> : null}
          <Button type="submit" w="fit-content" loading={invite.isPending}>
            {t('invite.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
