import { Alert, Button, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createTokenRequest } from '../../../core/platform/schemas.js';
import type { ApiToken } from '../../api/types.js';
import { useErrorText, useForm } from '../../app/form.js';
import { ConfirmModal } from '../../app/ui/ConfirmModal.js';
import { CopyField } from '../../app/ui/CopyField.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { useFormat } from '../../i18n/format.js';
import { Section } from './Section.js';
import { PasswordField } from '../../app/ui/PasswordField.js';
import { useCreateToken, useRevokeToken, useTokens } from './tokensApi.js';

/** Personal API tokens: list, create (shown once), revoke. */
export function TokensSection() {
  const { t } = useTranslation(['profile', 'common']);
  const format = useFormat();
  const errorText = useErrorText();
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const form = useForm({ name: '', password: '' });
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.validate(createTokenRequest, form.values);
    if (body) create.mutate(body, { onSuccess: () => form.reset({ name: '', password: '' }), onError: form.fail });
  };

  const list = tokens.data?.tokens ?? [];
  return (
    <Section id="profile-tokens" title={t('profile:tokens.title')}>
      <Stack>
        <Text>{t('profile:tokens.intro')}</Text>
        {tokens.isPending ? <PageLoader /> : null}
        {tokens.error ? (
          <Alert color="red" role="alert">
            {errorText(tokens.error)}
          </Alert>
        ) : null}
        {tokens.data && list.length === 0 ? <Text c="dimmed">{t('profile:tokens.empty')}</Text> : null}
        {list.length > 0 ? (
          <Table.ScrollContainer minWidth={560}>
            <Table aria-label={t('profile:tokens.title')} data-testid="tokens-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('profile:tokens.columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('profile:tokens.columns.created')}</Table.Th>
                  <Table.Th scope="col">{t('profile:tokens.columns.lastUsed')}</Table.Th>
                  <Table.Th scope="col">{t('profile:tokens.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((token) => (
                  <Table.Tr key={token.id}>
                    <Table.Th scope="row" fw={500}>
                      {token.name}
                    </Table.Th>
                    <Table.Td>{format.dateTime(token.createdAt)}</Table.Td>
                    <Table.Td>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('profile:tokens.never')}</Table.Td>
                    <Table.Td>
                      <Button variant="default" size="xs" onClick={() => setRevoking(token)} aria-label={t('profile:tokens.revokeLabel', { name: token.name })}>
                        {t('profile:tokens.revoke')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}

        {create.data ? (
          <Alert color="teal" variant="light" title={t('profile:tokens.createdTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('profile:tokens.created')}</Text>
              <CopyField
                label={t('profile:tokens.tokenLabel')}
                value={create.data.token}
                copyLabel={t('profile:tokens.copyToken')}
                monospace
                testId="new-token"
              />
            </Stack>
          </Alert>
        ) : null}

        <form ref={form.ref} onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <TextInput label={t('profile:tokens.nameLabel')} description={t('profile:tokens.nameHint')} maxLength={100} required {...form.text('name')} />
            <PasswordField label={t('profile:tokens.passwordLabel')} autoComplete="current-password" required {...form.text('password')} />
            <FormAlert message={form.formError} />
            <Button type="submit" loading={create.isPending} w="fit-content">
              {t('profile:tokens.create')}
            </Button>
          </Stack>
        </form>
      </Stack>

      {revoking ? (
        <ConfirmModal
          opened
          title={t('profile:tokens.revokeTitle', { name: revoking.name })}
          text={t('profile:tokens.revokeText')}
          confirmLabel={t('profile:tokens.revokeSubmit')}
          destructive
          pending={revoke.isPending}
          error={revoke.error ? errorText(revoke.error) : null}
          onConfirm={() =>
            revoke.mutate(revoking.id, {
              onSuccess: () => {
                // A token revoked right after it was created is not offered for copying any more.
                if (create.data?.id === revoking.id) create.reset();
                setRevoking(null);
              },
            })
          }
          onClose={() => {
            setRevoking(null);
            revoke.reset();
          }}
        />
      ) : null}
    </Section>
  );
}
