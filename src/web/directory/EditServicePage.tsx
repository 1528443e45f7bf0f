import { Alert, Anchor, Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { type DirectoryService, serviceRequest, updateServiceRequest } from '../../core/referrals/directory.js';
import { isApiError } from '../api/client.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { ConfirmModal } from '../app/ui/ConfirmModal.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useFormat } from '../i18n/format.js';
import { fetchService, serviceKey, useCreateService, useDeleteService, useDirectoryOrganizations, useService, useUpdateService } from './api.js';
import type { DirectoryPageState } from './DirectoryPage.js';
import { changedFields, draftOf, emptyDraft, formPath, rebase, requestOf, type ServiceDraft, type ServiceField, withoutBlankRows } from './draft.js';
import { OrganizationField } from './form/OrganizationField.js';
import { HoursFieldset, LocationsFieldset, PhonesFieldset } from './form/RowFields.js';
import { AboutFields, EligibilityFields } from './form/ServiceFields.js';
import { browserTimeZone } from './hours.js';
import { useLabels } from './labels.js';
import type { ServicePageState } from './ServicePage.js';
import { useDirectoryValidation } from './useDirectoryValidation.js';

/** `/directory/services/new` and `/directory/services/:id/edit`: a service of the user's organisation, described. */
export function EditServicePage() {
  const { id } = useParams();
  const { t } = useTranslation('directory');
  const errorText = useErrorText();
  const me = useMe().data;
  const curate = me?.permissions.includes('directory:curate') ?? false;
  const service = useService(id);
  // Curators file services under any organisation; the others under those their organisation maintains.
  const organizations = useDirectoryOrganizations(!curate);

  const back = (
    <Anchor component={Link} to={id ? `/directory/services/${id}` : '/directory'} size="sm" mb="xs" display="inline-block">
      {id ? t('form.backToService') : t('service.back')}
    </Anchor>
  );
  if (!me || (id && service.isPending)) return <PageLoader />;
  if (id && service.error) {
    return (
      <>
        {back}
        <PageHeader title={t('service.notFoundTitle')} />
        <Alert color="red" role="alert">
          {isApiError(service.error, 'not_found') ? t('service.notFound') : errorText(service.error)}
        </Alert>
      </>
    );
  }
  const existing = id ? service.data : undefined;
  const items = organizations.data?.items ?? [];
  if (existing && !curate && organizations.data && !items.some((o) => o.id === existing.organizationId)) {
    return (
      <>
        {back}
        <PageHeader title={t('form.editTitle', { name: existing.name })} />
        <Alert color="red" role="alert" data-testid="not-maintainer">
          {t('form.notMaintainer', { organization: existing.organizationName })}
        </Alert>
      </>
    );
  }
  const choices =
    existing && !items.some((o) => o.id === existing.organizationId) ? [{ id: existing.organizationId, name: existing.organizationName }, ...items] : items;

  return (
    <>
      {back}
      <PageHeader title={existing ? t('form.editTitle', { name: existing.name }) : t('form.newTitle')} intro={existing ? undefined : t('form.newIntro')} />
      {organizations.error ? (
        <Alert color="red" role="alert" mb="md">
          {errorText(organizations.error)}
        </Alert>
      ) : null}
      <ServiceForm
        key={existing?.id ?? 'new'}
        existing={existing}
        organizations={choices}
        organizationsLoading={organizations.isPending}
        ownOrgId={me.user.orgId}
        ownOrgName={me.user.orgName}
        ownCountry={me.user.orgCountry}
      />
    </>
  );
}

interface ServiceFormProps {
  existing: DirectoryService | undefined;
  organizations: readonly { id: string; name: string }[];
  organizationsLoading: boolean;
  ownOrgId: string;
  ownOrgName: string;
  ownCountry: string;
}

/**
 * The form of a service, checked with the shared schema before it is sent. A change saved by
 * someone else meanwhile (409) is named, and the user's form is kept, to be saved again over it.
 */
function ServiceForm({ existing, organizations, organizationsLoading, ownOrgId, ownOrgName, ownCountry }: ServiceFormProps) {
  const { t } = useTranslation(['directory', 'common']);
  const errorText = useErrorText();
  const labels = useLabels();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const validation = useDirectoryValidation();
  const create = useCreateService();
  const update = useUpdateService(existing?.id ?? '');
  const remove = useDeleteService(existing?.id ?? '');
  const seen = useRef(existing);
  const [draft, setDraft] = useState<ServiceDraft>(() =>
    existing
      ? draftOf(existing)
      : emptyDraft({ timeZone: browserTimeZone(), country: ownCountry, organizationId: organizations.length === 1 ? organizations[0]!.id : '' }),
  );
  // The version the user's changes are made on: after a conflict, the newer one.
  const started = useRef(draft);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ServiceField[] | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  // The list of organisations may arrive after the form: one organisation is the obvious choice.
  const only = organizations.length === 1 ? organizations[0]!.id : '';
  useEffect(() => {
    if (only) setDraft((current) => (current.organizationId ? current : { ...current, organizationId: only }));
  }, [only]);

  const change = (patch: Partial<ServiceDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    for (const key of Object.keys(patch)) validation.clearError(key);
  };

  const pending = create.isPending || update.isPending;

  const onError = (error: unknown, rename: (path: string) => string) => {
    if (isApiError(error, 'stale_version') && existing) {
      fetchService(existing.id)
        .then((fresh) => {
          queryClient.setQueryData(serviceKey(existing.id), fresh);
          setConflict(seen.current ? changedFields(seen.current, fresh) : []);
          const theirs = draftOf(fresh);
          const base = started.current;
          setDraft((current) => rebase(current, base, theirs));
          started.current = theirs;
          seen.current = fresh;
        })
        .catch((cause: unknown) => setFormError(errorText(cause)));
    } else if (isApiError(error) && error.field) {
      validation.setError(rename(error.field), errorText(error));
    } else {
      setFormError(errorText(error));
    }
  };

  const save = () => {
    if (pending) return;
    setFormError(null);
    const { draft: sent, pathOf } = withoutBlankRows(draft);
    const rename = (path: string) => pathOf(formPath(path));
    const body = requestOf(sent);
    const failed = (error: unknown) => onError(error, rename);
    if (existing) {
      const checked = validation.check(updateServiceRequest, { ...body, version: seen.current?.version ?? existing.version }, rename);
      if (!checked) return;
      update.mutate(checked, {
        onSuccess: (saved) => navigate(`/directory/services/${saved.id}`, { state: { saved: 'updated' } satisfies ServicePageState }),
        onError: failed,
      });
    } else {
      const checked = validation.check(serviceRequest, body, rename);
      if (!checked) return;
      create.mutate(checked, {
        onSuccess: (saved) => navigate(`/directory/services/${saved.id}`, { state: { saved: 'created' } satisfies ServicePageState }),
        onError: failed,
      });
    }
  };

  const rows = { draft, onChange: change, errors: validation.errors, clearError: validation.clearError, labels, defaultCountry: ownCountry };

  return (
    <>
      <form
        ref={validation.ref}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
        data-testid="service-form"
      >
        <Stack gap="lg" maw={960}>
          <ConflictNotice fields={conflict} />
          <Fieldset legend={t('form.about')}>
            <Stack gap="md">
              <OrganizationField
                organizations={organizations}
                value={draft.organizationId}
                onChange={(organizationId) => change({ organizationId })}
                error={validation.errors.organizationId}
                loading={organizationsLoading}
                ownOrgId={ownOrgId}
                ownOrgName={ownOrgName}
              />
              <AboutFields draft={draft} onChange={change} errors={validation.errors} labels={labels} />
            </Stack>
          </Fieldset>
          <EligibilityFields draft={draft} onChange={change} errors={validation.errors} labels={labels} />
          <LocationsFieldset {...rows} />
          <PhonesFieldset {...rows} />
          <HoursFieldset {...rows} />
          <FormAlert message={formError} />
          <Group justify="space-between">
            <Group>
              <Button type="submit" loading={pending}>
                {conflict ? t('form.saveAgain') : existing ? t('form.save') : t('form.create')}
              </Button>
              <Button component={Link} to={existing ? `/directory/services/${existing.id}` : '/directory'} variant="default">
                {t('common:actions.cancel')}
              </Button>
            </Group>
            {existing ? (
              <Button color="red.9" variant="outline" onClick={() => setConfirmDelete(true)}>
                {t('delete.open')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
      {existing ? (
        <ConfirmModal
          opened={confirmDelete}
          title={t('delete.title', { name: existing.name })}
          text={t('delete.text')}
          confirmLabel={t('delete.confirm')}
          destructive
          pending={remove.isPending}
          error={remove.error ? errorText(remove.error) : null}
          onClose={() => {
            setConfirmDelete(false);
            remove.reset();
          }}
          onConfirm={() =>
            remove.mutate(undefined, {
              onSuccess: () => navigate('/directory?mine=true', { state: { deleted: existing.name } satisfies DirectoryPageState }),
            })
          }
        />
      ) : null}
    </>
  );
}

/** Someone else saved this service first: what they changed; the user's form is kept, to be saved again. */
function ConflictNotice({ fields }: { fields: readonly ServiceField[] | null }) {
  const { t } = useTranslation('directory');
  const format = useFormat();
  const ref = useRef<HTMLDivElement>(null);
  const names = useMemo(() => (fields ?? []).map((f) => t(`fieldNames.${f}`)), [fields, t]);
  useEffect(() => {
    if (fields) ref.current?.focus();
  }, [fields]);
  if (!fields) return null;
  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="light" role="alert" title={t('conflict.title')} data-testid="service-conflict">
      <Text size="sm">{names.length ? t('conflict.fields', { fields: format.list(names) }) : t('conflict.other')}</Text>
      <Text size="sm" mt={4}>
        {t('conflict.again')}
      </Text>
    </Alert>
  );
}
