import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ageOn } from '../../../core/cases/person.js';
import { ageOf, draftIsChild, type PersonDraft } from '../draft.js';
import { AgeFieldset } from './AgeFieldset.js';
import { ContactFieldset } from './ContactFieldset.js';
import { DocumentsFieldset } from './DocumentsFieldset.js';
import type { FieldErrorsProps } from './fields.js';
import { GuardianFieldset } from './GuardianFieldset.js';
import { NamesFieldset } from './NamesFieldset.js';
import { ProfileFieldset } from './ProfileFieldset.js';

interface PersonFormProps extends FieldErrorsProps {
  draft: PersonDraft;
  onChange: (change: Partial<PersonDraft>) => void;
  today: string;
}

/** The age the form says so far, for the child badge; undefined while unknown or being typed. */
function draftAge(draft: PersonDraft, today: string): number | undefined {
  const age = ageOf(draft);
  try {
    if (age.birthDate) return ageOn({ birthDate: age.birthDate }, today);
    const e = age.estimatedAge;
    if (e?.years !== undefined && Number.isInteger(e.years)) return ageOn({ estimatedAge: { years: e.years, estimatedOn: e.estimatedOn || today } }, today);
  } catch {
    // A date being typed.
  }
  return undefined;
}

/** Every field of a person, in sections; the guardian section appears (marked required) for a child. */
export function PersonForm({ draft, onChange, today, errors, clearError }: PersonFormProps) {
  const { t } = useTranslation('persons');
  const child = draftIsChild(draft, today);
  const guardianGiven = Object.values(draft.guardian).some((v) => v.trim() !== '');
  const [guardianAsked, setGuardianAsked] = useState(false);
  const showGuardian = child === true || guardianGiven || guardianAsked;
  const errorProps = { errors, clearError };

  return (
    <Stack gap="lg">
      <NamesFieldset names={draft.names} onChange={(names) => onChange({ names })} {...errorProps} />
      <AgeFieldset draft={draft} onChange={onChange} today={today} child={child} age={draftAge(draft, today)} {...errorProps} />
      {showGuardian ? (
        <GuardianFieldset guardian={draft.guardian} onChange={(guardian) => onChange({ guardian })} child={child === true} today={today} {...errorProps} />
      ) : (
        <Button variant="subtle" onClick={() => setGuardianAsked(true)} w="fit-content">
          {t('form.guardian.add')}
        </Button>
      )}
      <ProfileFieldset draft={draft} onChange={onChange} {...errorProps} />
      <ContactFieldset contact={draft.contact} onChange={(contact) => onChange({ contact })} {...errorProps} />
      <DocumentsFieldset documents={draft.documents} onChange={(documents) => onChange({ documents })} {...errorProps} />
    </Stack>
  );
}
