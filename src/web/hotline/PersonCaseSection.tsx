import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactView } from '../../core/hotline/contact.js';
import { useMe } from '../api/me.js';
import { SuccessNote } from '../app/ui/FormAlert.js';
import { Section } from '../persons/Facts.js';
import type { OpenedCase } from './api.js';
import { OpenCaseModal } from './OpenCaseModal.js';

/**
 * The person and case a contact is about: links to them (for those who may open them), or the
 * step that records the person and opens a case for them.
 */
export function PersonCaseSection({ contact }: { contact: ContactView }) {
  const { t } = useTranslation('hotline');
  const permissions = useMe().data?.permissions ?? [];
  const [modal, setModal] = useState(false);
  const [opened, setOpened] = useState<OpenedCase | null>(null);
  const canOpen = ['contacts:write', 'persons:write', 'cases:write'].every((p) => permissions.includes(p as (typeof permissions)[number]));
  const readsPersons = permissions.includes('persons:read');
  const readsCases = permissions.includes('cases:read');
  const linked = Boolean(contact.personId || contact.caseId);

  return (
    <Section id="contact-person-case" title={t('personCase.title')} testId="contact-person-case">
      <Stack gap="sm">
        <div id="opened-note" tabIndex={-1}>
          <SuccessNote message={opened ? t('personCase.opened', { number: opened.caseNumber }) : null} />
        </div>
        {opened && !readsCases ? <Text data-testid="case-to-supervisor">{t('personCase.toSupervisor')}</Text> : null}
        {linked ? (
          <Group gap="md">
            {contact.personId && readsPersons ? (
              <Anchor component={Link} to={`/persons/${contact.personId}`} data-testid="person-link">
                {t('personCase.person')}
              </Anchor>
            ) : null}
            {contact.caseId && readsCases ? (
              <Anchor component={Link} to={`/cases/${contact.caseId}`} data-testid="case-link">
                {opened ? t('personCase.caseNumber', { number: opened.caseNumber }) : t('personCase.case')}
              </Anchor>
            ) : null}
            {(contact.personId && !readsPersons) || (contact.caseId && !readsCases && !opened) ? <Text size="sm">{t('personCase.hidden')}</Text> : null}
          </Group>
        ) : (
          <>
            <Text size="sm">{canOpen ? t('personCase.offer') : t('personCase.none')}</Text>
            {canOpen ? (
              <Group>
                <Button onClick={() => setModal(true)} data-testid="open-case">
                  {t('personCase.open')}
                </Button>
              </Group>
            ) : null}
          </>
        )}
      </Stack>
      {canOpen ? (
        <OpenCaseModal
          contactId={contact.id}
          opened={modal}
          onClose={() => setModal(false)}
          onOpened={setOpened}
          onClosedAfterSuccess={() => document.getElementById('opened-note')?.focus()}
        />
      ) : null}
    </Section>
  );
}
