import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../api/client.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { SuccessNote } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useFormat } from '../i18n/format.js';
import { Section } from '../persons/Facts.js';
import { useContact } from './api.js';
import { ContactDetails } from './ContactDetails.js';
import { EditContact } from './EditContact.js';
import { FollowUpsSection } from './FollowUpsSection.js';
import { useLabels } from './labels.js';
import type { ContactPageState } from './NewContactPage.js';
import { PersonCaseSection } from './PersonCaseSection.js';

/** A screening that is part of this contact (and of its person and case, when linked). */
function screenUrl(c: { id: string; personId: string | null; caseId: string | null }): string {
  const query = new URLSearchParams({ contactId: c.id });
  if (c.personId) query.set('personId', c.personId);
  if (c.caseId) query.set('caseId', c.caseId);
  return `/screening/new?${query.toString()}`;
}

/** `/hotline/:id`: a contact, changed in place; its follow-ups; the person and case it is about. */
export function ContactPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('hotline');
  const errorText = useErrorText();
  const format = useFormat();
  const labels = useLabels();
  const permissions = useMe().data?.permissions ?? [];
  const canScreen = permissions.includes('screenings:create');
  const created = (useLocation().state as ContactPageState | null)?.created ?? false;
  const contact = useContact(id);
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState<string | null>(created ? t('contact.created') : null);

  const back = (
    <Anchor component={Link} to="/hotline" size="sm" mb="xs" display="inline-block">
      {t('contact.back')}
    </Anchor>
  );
  if (contact.isPending) return <PageLoader />;
  if (contact.error) {
    return (
      <>
        {back}
        <PageHeader title={t('contact.notFoundTitle')} />
        <Alert color="red" role="alert">
          {isApiError(contact.error, 'not_found') ? t('contact.notFound') : errorText(contact.error)}
        </Alert>
      </>
    );
  }
  const c = contact.data;
  const canWrite = permissions.includes('contacts:write');

  return (
    <>
      {back}
      <PageHeader title={t('contact.title', { channel: labels.channel(c.channel), date: format.dateTime(c.startedAt) })} />
      <SuccessNote message={note} mb="md" />
      <Stack gap="md" maw={960}>
        <Section
          id="contact-details"
          title={t('contact.details')}
          testId="contact-details"
          actions={
            canWrite && !editing ? (
              <Button
                size="sm"
                variant="light"
                onClick={() => {
                  setNote(null);
                  setEditing(true);
                }}
              >
                {t('edit.open')}
              </Button>
            ) : null
          }
        >
          {editing ? (
            <EditContact
              contact={c}
              onDone={(saved) => {
                setEditing(false);
                if (saved) setNote(t('edit.saved'));
              }}
            />
          ) : (
            <ContactDetails contact={c} />
          )}
        </Section>
        <FollowUpsSection contact={c} canWrite={canWrite} />
        <PersonCaseSection contact={c} />
        {canScreen ? (
          <Button component={Link} to={screenUrl(c)} variant="default" w="fit-content" data-testid="screen-contact">
            {t('contact.screen')}
          </Button>
        ) : null}
      </Stack>
    </>
  );
}
