import { Alert, Button, Checkbox, Group, Modal, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DirectoryOrganization, organizationRequest, updateOrganizationRequest } from '../../../core/referrals/directory.js';
import { isApiError } from '../../api/client.js';
import { useErrorText } from '../../app/form.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { useCreateOrganization, useDirectoryOrganization, useUpdateOrganization } from '../api.js';
import { useDirectoryValidation } from '../useDirectoryValidation.js';

interface OrganizationFieldProps {
  /** The organisations the user may file a service under. */
  organizations: readonly Pick<DirectoryOrganization, 'id' | 'name'>[];
  value: string;
  onChange: (id: string) => void;
  error: string | undefined;
  loading: boolean;
  /** The user's own organisation on Haven (a new entry may stand for it). */
  ownOrgId: string;
  ownOrgName: string;
}

/**
 * The directory organisation that offers the service: one of those the user's organisation
 * maintains, or a new one described in a dialog (the only way when there is none yet).
 */
export function OrganizationField({ organizations, value, onChange, error, loading, ownOrgId, ownOrgName }: OrganizationFieldProps) {
  const { t } = useTranslation('directory');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState(false);
  const none = !loading && organizations.length === 0;
  return (
    <Stack gap="xs">
      {none ? (
        <Alert color="blue" variant="light" title={t('organization.noneTitle')} data-testid="no-organization">
          <Text size="sm">{t('organization.none')}</Text>
        </Alert>
      ) : (
        <NativeSelect
          label={t('form.organization')}
          description={t('form.organizationHint')}
          data={[
            { value: '', label: loading ? t('form.loading') : t('form.chooseOrganization') },
            ...organizations.map((o) => ({ value: o.id, label: o.name })),
          ]}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
          required
          w={420}
          maw="100%"
          data-testid="organization-select"
        />
      )}
      {none && error ? (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      ) : null}
      <Group gap="xs">
        <Button variant={none ? 'filled' : 'default'} w="fit-content" onClick={() => setCreating(true)} data-testid="add-organization">
          {t('organization.add')}
        </Button>
        {value ? (
          <Button variant="subtle" w="fit-content" onClick={() => setEditing(true)} data-testid="edit-organization">
            {t('organization.edit')}
          </Button>
        ) : null}
      </Group>
      {editing && value ? <EditOrganizationModal id={value} ownOrgId={ownOrgId} ownOrgName={ownOrgName} onClose={() => setEditing(false)} /> : null}
      {creating ? (
        <NewOrganizationModal
          first={none}
          ownOrgId={ownOrgId}
          ownOrgName={ownOrgName}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            onChange(created.id);
          }}
        />
      ) : null}
    </Stack>
  );
}

interface OrganizationDraft {
  name: string;
  description: string;
  email: string;
  website: string;
  ours: boolean;
}

/** Changes an organisation of the directory the user's organisation maintains (loaded first, for its version). */
function EditOrganizationModal({ id, ownOrgId, ownOrgName, onClose }: { id: string; ownOrgId: string; ownOrgName: string; onClose: () => void }) {
  const existing = useDirectoryOrganization(id);
  if (!existing.data) return null;
  return <OrganizationModal existing={existing.data} first={false} ownOrgId={ownOrgId} ownOrgName={ownOrgName} onClose={onClose} onSaved={onClose} />;
}

/** A new organisation of the directory; it may stand for the user's own organisation on Haven (referrals to it then reach them). */
function NewOrganizationModal(props: {
  first: boolean;
  ownOrgId: string;
  ownOrgName: string;
  onClose: () => void;
  onCreated: (created: DirectoryOrganization) => void;
}) {
  return <OrganizationModal {...props} onSaved={props.onCreated} />;
}

function OrganizationModal({
  existing,
  first,
  ownOrgId,
  ownOrgName,
  onClose,
  onSaved,
}: {
  existing?: DirectoryOrganization;
  first: boolean;
  ownOrgId: string;
  ownOrgName: string;
  onClose: () => void;
  onSaved: (saved: DirectoryOrganization) => void;
}) {
  const { t } = useTranslation(['directory', 'common']);
  const errorText = useErrorText();
  const validation = useDirectoryValidation();
  const createMutation = useCreateOrganization();
  const updateMutation = useUpdateOrganization(existing?.id ?? '');
  const create = existing ? updateMutation : createMutation;
  const [formError, setFormError] = useState<string | null>(null);
  const [draft, setDraft] = useState<OrganizationDraft>(
    existing
      ? {
          name: existing.name,
          description: existing.description,
          email: existing.email ?? '',
          website: existing.website ?? '',
          ours: existing.memberOrgId === ownOrgId,
        }
      : { name: first ? ownOrgName : '', description: '', email: '', website: '', ours: first },
  );
  // An entry a network administrator linked to another Haven organisation keeps that link.
  const linkedElsewhere = Boolean(existing?.memberOrgId && existing.memberOrgId !== ownOrgId);
  const set = (change: Partial<OrganizationDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    for (const key of Object.keys(change)) validation.clearError(key);
  };
  const optional = (text: string) => (text.trim() ? text.trim() : undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The dialog's form sits inside the service form in React's tree: its submit stops here.
    event.stopPropagation();
    setFormError(null);
    const input = Object.fromEntries(
      Object.entries({
        name: draft.name.trim(),
        description: draft.description.trim(),
        email: optional(draft.email),
        website: optional(draft.website),
        memberOrgId: linkedElsewhere ? undefined : draft.ours ? ownOrgId : null,
        version: existing?.version,
      }).filter(([, v]) => v !== undefined),
    );
    const onError = (error: unknown) => {
      if (isApiError(error) && error.field && ['name', 'description', 'email', 'website'].includes(error.field))
        validation.setError(error.field, errorText(error));
      else setFormError(errorText(error));
    };
    if (existing) {
      const body = validation.check(updateOrganizationRequest, input);
      if (body) updateMutation.mutate(body, { onSuccess: onSaved, onError });
      return;
    }
    const body = validation.check(organizationRequest, input);
    if (!body) return;
    createMutation.mutate(body, {
      onSuccess: onSaved,
      onError,
    });
  };

  return (
    <Modal
      opened
      onClose={create.isPending ? () => undefined : onClose}
      title={existing ? t('organization.editTitle') : t('organization.title')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      size="lg"
    >
      <form ref={validation.ref} onSubmit={submit} noValidate data-testid="organization-form">
        <Stack>
          <Text size="sm" c="dimmed">
            {t('organization.intro')}
          </Text>
          <TextInput
            label={t('organization.name')}
            value={draft.name}
            onChange={(event) => set({ name: event.currentTarget.value })}
            error={validation.errors.name}
            required
            maxLength={300}
            data-autofocus
          />
          <Textarea
            label={t('organization.description')}
            value={draft.description}
            onChange={(event) => set({ description: event.currentTarget.value })}
            error={validation.errors.description}
            autosize
            minRows={2}
            maxLength={4000}
          />
          <Group align="flex-start" gap="sm" grow>
            <TextInput
              type="email"
              label={t('organization.email')}
              value={draft.email}
              onChange={(event) => set({ email: event.currentTarget.value })}
              error={validation.errors.email}
              maxLength={254}
            />
            <TextInput
              type="url"
              label={t('organization.website')}
              placeholder="https://"
              value={draft.website}
              onChange={(event) => set({ website: event.currentTarget.value })}
              error={validation.errors.website}
              maxLength={500}
            />
          </Group>
          {linkedElsewhere ? null : (
            <Checkbox
              label={t('organization.ours', { name: ownOrgName })}
              description={t('organization.oursHint')}
              checked={draft.ours}
              onChange={(event) => set({ ours: event.currentTarget.checked })}
            />
          )}
          <FormAlert message={formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={create.isPending}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {existing ? t('organization.save') : t('organization.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
