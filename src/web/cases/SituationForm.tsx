import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ISIC_SECTIONS } from '../../core/cases/codes.js';
import type { CaseView } from '../../core/cases/views.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { useCodeLabel, useCodeOptions } from '../persons/codeLabels.js';
import { CodesField } from '../persons/form/fields.js';
import { localToday } from '../persons/today.js';
import { ConflictNotice } from './ConflictNotice.js';
import { EventsFieldset } from './EventsFieldset.js';
import { compactSituation, type SituationDraft, situationChange, situationOf } from './situation.js';
import type { useCaseSave } from './useCaseSave.js';
import { useFocusFirstField } from '../persons/useValidation.js';

interface SituationFormProps {
  kase: CaseView;
  saver: ReturnType<typeof useCaseSave>;
  onDone: () => void;
}

/** Change the trafficking situation: status and decision, forms of exploitation, sectors, methods, events. */
export function SituationForm({ kase, saver, onDone }: SituationFormProps) {
  const { t } = useTranslation(['cases', 'common']);
  const label = useCodeLabel();
  const [before] = useState(() => situationOf(kase));
  const [draft, setDraft] = useState<SituationDraft>(before);
  const statuses = useCodeOptions('trafficking-status');
  const relationships = useCodeOptions('relationship-to-trafficker');
  const { errors, clearError, ref } = saver.validation;
  useFocusFirstField(ref);
  const set = (change: Partial<SituationDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    for (const key of Object.keys(change)) clearError(key);
  };
  const decision = draft.traffickingStatus === 'actual' || draft.traffickingStatus === 'not-a-victim';
  const sexual = draft.exploitationForms.includes('sexual-exploitation') || draft.sexualExploitationTypes.length > 0;
  const labour = draft.exploitationForms.some((f) => f !== 'sexual-exploitation') || draft.labourSectors.length > 0;
  // ISIC sections with their letter: "F · Construction".
  const sectorOptions = useCodeOptions('labour-sector').map((o) => ({
    value: o.value,
    label: `${ISIC_SECTIONS[o.value as keyof typeof ISIC_SECTIONS].section} · ${label('labour-sector', o.value)}`,
  }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const compact = compactSituation(draft);
    setDraft(compact);
    const change = situationChange(before, compact, kase.version);
    if (Object.keys(change).length === 1) {
      onDone();
      return;
    }
    saver.save(change, onDone);
  };

  return (
    <form ref={ref} onSubmit={onSubmit} noValidate aria-label={t('cases:situation.edit')}>
      <Stack gap="md">
        <ConflictNotice fields={saver.conflict} />
        <Group align="flex-start" gap="sm">
          <NativeSelect
            label={t('cases:situation.traffickingStatus')}
            data={[{ value: '', label: t('cases:situation.notAssessed') }, ...statuses]}
            value={draft.traffickingStatus}
            onChange={(e) => set({ traffickingStatus: e.currentTarget.value as SituationDraft['traffickingStatus'] })}
            error={errors.traffickingStatus}
            w={260}
            data-autofocus
          />
          {draft.traffickingStatus ? (
            <>
              <TextInput
                label={t('cases:situation.decidedBy')}
                description={t('cases:situation.decidedByHint')}
                value={draft.decidedBy}
                onChange={(e) => set({ decidedBy: e.currentTarget.value })}
                error={errors.decidedBy}
                withAsterisk={decision}
                w={300}
              />
              <TextInput
                type="date"
                label={t('cases:situation.decidedOn')}
                value={draft.decidedOn}
                max={localToday()}
                onChange={(e) => set({ decidedOn: e.currentTarget.value })}
                error={errors.decidedOn}
                withAsterisk={decision}
                w={180}
              />
            </>
          ) : null}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <CodesField
            list="exploitation-form"
            label={t('cases:situation.exploitationForms')}
            value={draft.exploitationForms}
            onChange={(exploitationForms) => set({ exploitationForms })}
            error={errors.exploitationForms}
          />
          {labour ? (
            <CodesField
              list="labour-sector"
              label={t('cases:situation.labourSectors')}
              description={t('cases:situation.labourSectorsHint')}
              value={draft.labourSectors}
              onChange={(labourSectors) => set({ labourSectors })}
              error={errors.labourSectors}
              data={sectorOptions}
            />
          ) : null}
          {sexual ? (
            <CodesField
              list="sexual-exploitation-type"
              label={t('cases:situation.sexualExploitationTypes')}
              value={draft.sexualExploitationTypes}
              onChange={(sexualExploitationTypes) => set({ sexualExploitationTypes })}
              error={errors.sexualExploitationTypes}
            />
          ) : null}
          <CodesField
            list="control-method"
            label={t('cases:situation.controlMethods')}
            value={draft.controlMethods}
            onChange={(controlMethods) => set({ controlMethods })}
            error={errors.controlMethods}
          />
          <CodesField
            list="recruitment-method"
            label={t('cases:situation.recruitmentMethods')}
            value={draft.recruitmentMethods}
            onChange={(recruitmentMethods) => set({ recruitmentMethods })}
            error={errors.recruitmentMethods}
          />
          <NativeSelect
            label={t('cases:situation.relationship')}
            data={[{ value: '', label: t('cases:situation.unknown') }, ...relationships]}
            value={draft.relationshipToTrafficker}
            onChange={(e) => set({ relationshipToTrafficker: e.currentTarget.value as SituationDraft['relationshipToTrafficker'] })}
          />
        </SimpleGrid>
        <EventsFieldset events={draft.events} onChange={(events) => set({ events })} errors={errors} clearError={clearError} />
        <FormAlert message={saver.formError} />
        <Group>
          <Button type="submit" loading={saver.pending}>
            {saver.conflict ? t('cases:conflict.saveAgain') : t('cases:situation.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
