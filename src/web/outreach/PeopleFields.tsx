import { Button, Checkbox, CloseButton, Divider, Fieldset, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QUICK_INDICATORS } from '../../core/outreach/encounter.js';
import { type EncounterDraft, newPerson, type PersonDraft } from './draft.js';
import type { PartProps } from './EncounterForm.js';
import { useIndicatorText } from './labels.js';

/** The indicators ticked, in the list's order. */
const inOrder = (ticked: readonly string[]) => QUICK_INDICATORS.filter((id) => ticked.includes(id));

/** The people met worth describing, one by one, without names. */
export function PeopleFields({ draft, edit, errors }: PartProps) {
  const { t } = useTranslation('outreach');

  const add = () => {
    const person = newPerson(crypto.randomUUID());
    edit('people', (d) => {
      const people = [...d.people, person];
      // Everyone described was met: the count follows.
      const counted = d.peopleCount === '' || d.peopleCount < people.length ? people.length : d.peopleCount;
      return { ...d, people, peopleCount: counted };
    });
    requestAnimationFrame(() => document.getElementById(`pseudonym-${person.key}`)?.focus());
  };

  return (
    <Stack component="section" aria-labelledby="people-title" gap="sm">
      <Title order={2} size="h3" id="people-title">
        {t('form.people')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('form.peopleIntro')}
      </Text>
      {draft.people.map((person, index) => (
        <PersonFields key={person.key} person={person} index={index} edit={edit} errors={errors} />
      ))}
      <Button variant="default" size="md" onClick={add} data-testid="add-person">
        {t('form.addPerson')}
      </Button>
    </Stack>
  );
}

interface PersonProps {
  person: PersonDraft;
  index: number;
  edit: PartProps['edit'];
  errors: PartProps['errors'];
}

function PersonFields({ person, index, edit, errors }: PersonProps) {
  const { t } = useTranslation('outreach');
  const indicatorText = useIndicatorText();
  const n = index + 1;
  const change = (field: string, patch: Partial<PersonDraft>) =>
    edit(`people.${index}.${field}`, (d: EncounterDraft) => ({ ...d, people: d.people.map((p) => (p.key === person.key ? { ...p, ...patch } : p)) }));
  const remove = () => edit('people', (d) => ({ ...d, people: d.people.filter((p) => p.key !== person.key) }));

  return (
    <Fieldset legend={t('form.person', { n })} data-testid="person-met">
      <Group justify="flex-end" mt={-8}>
        <CloseButton aria-label={t('form.removePerson', { n })} onClick={remove} />
      </Group>
      <Stack gap="sm">
        <TextInput
          id={`pseudonym-${person.key}`}
          label={t('form.pseudonym')}
          description={t('form.pseudonymHint')}
          required
          maxLength={80}
          value={person.pseudonym}
          error={errors[`people.${index}.pseudonym`]}
          onChange={(event) => change('pseudonym', { pseudonym: event.currentTarget.value })}
        />
        <Textarea
          label={t('form.description')}
          description={t('form.descriptionHint')}
          autosize
          minRows={2}
          maxLength={1000}
          value={person.description}
          error={errors[`people.${index}.description`]}
          onChange={(event) => change('description', { description: event.currentTarget.value })}
        />
        <Checkbox.Group label={t('form.indicators')} value={person.indicators} onChange={(value) => change('indicators', { indicators: inOrder(value) })}>
          <Stack gap="xs" mt="xs">
            {QUICK_INDICATORS.map((id) => (
              <Checkbox key={id} value={id} label={indicatorText(id)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Divider />
        <Checkbox label={t('form.engaged')} checked={person.engaged} onChange={(event) => change('engaged', { engaged: event.currentTarget.checked })} />
        <Checkbox label={t('form.invited')} checked={person.invited} onChange={(event) => change('invited', { invited: event.currentTarget.checked })} />
      </Stack>
    </Fieldset>
  );
}
