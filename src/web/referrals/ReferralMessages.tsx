import { Alert, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralView } from '../../core/referrals/referral.js';
import { useErrorText } from '../app/form.js';
import { SuccessNote } from '../app/ui/FormAlert.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useFormat } from '../i18n/format.js';
import { Section } from '../persons/Facts.js';
import { useMessages, usePostMessage } from './api.js';

export function Messages({ r }: { r: ReferralView }) {
  const { t } = useTranslation('referrals');
  const errorText = useErrorText();
  const format = useFormat();
  const messages = useMessages(r.id);
  const post = usePostMessage(r.id);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sentNote, setSentNote] = useState<string | null>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const items = messages.data?.items ?? [];
  const count = items.length;
  useEffect(() => {
    if (count) endRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [count]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSentNote(null);
    const trimmed = body.trim();
    if (!trimmed) {
      setError(t('messages.empty'));
      return;
    }
    setError(null);
    post.mutate(trimmed, {
      onSuccess: () => {
        setBody('');
        setSentNote(t('messages.sent'));
      },
      onError: (e) => setError(errorText(e)),
    });
  };

  return (
    <Section id="referral-messages" title={t('messages.title')} testId="referral-messages">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('messages.hint', { from: r.from.name, to: r.to.name })}
        </Text>
        {messages.error ? (
          <Alert color="red" role="alert">
            {errorText(messages.error)}
          </Alert>
        ) : messages.isPending ? (
          <PageLoader />
        ) : items.length === 0 ? (
          <Text size="sm">{t('messages.none')}</Text>
        ) : (
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('messages.title')}>
            {items.map((m) => {
              const ours = (m.side === 'sender') === (r.direction === 'outgoing');
              return (
                <Card
                  component="li"
                  key={m.id}
                  withBorder
                  padding="sm"
                  bg={ours ? 'var(--mantine-color-blue-0)' : undefined}
                  ml={ours ? 'xl' : 0}
                  mr={ours ? 0 : 'xl'}
                  data-testid="referral-message"
                >
                  <Text size="sm" fw={600}>
                    {t('messages.author', { author: m.author, organisation: m.organisation })}
                  </Text>
                  <Text size="xs" c="dimmed" mb={4}>
                    {format.dateTime(m.at)}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {m.body}
                  </Text>
                </Card>
              );
            })}
          </Stack>
        )}
        <div ref={endRef} />
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t('messages.new')}
              value={body}
              onChange={(event) => {
                setBody(event.currentTarget.value);
                setError(null);
              }}
              error={error}
              autosize
              minRows={2}
              maxLength={4000}
            />
            <Group>
              <Button type="submit" loading={post.isPending}>
                {t('messages.send')}
              </Button>
            </Group>
            <SuccessNote message={sentNote} />
          </Stack>
        </form>
      </Stack>
    </Section>
  );
}
