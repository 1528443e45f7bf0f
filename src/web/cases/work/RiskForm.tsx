import { Checkbox, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RISK_FACTOR, RISK_LEVEL } from '../../../core/cases/codes.js';
import { createRiskAssessmentRequest } from '../../../core/cases/work.js';
import type { EntryView } from '../../../core/cases/views.js';
import { useForm } from '../../app/form.js';
import { RiskSummary } from './AssessmentsPanel.js';
import { EntryModal, useEntryEditor } from './EntryModal.js';
import { area, CodeSelect, DateInput, opt, str } from './fields.js';
import { useCodeLabel } from './format.js';
import { localToday } from './taskGroups.js';

interface RiskValues {
  assessedOn: string;
  level: string;
  factors: string[];
  note: string;
}

const toValues = (d: Record<string, unknown>): RiskValues => ({
  assessedOn: str(d.assessedOn),
  level: str(d.level),
  factors: Array.isArray(d.factors) ? d.factors.filter((f): f is string => typeof f === 'string') : [],
  note: str(d.note),
});

/** Assess the risks to the person: a level and the factors behind it. */
export function RiskForm({ caseId, entry, onClose }: { caseId: string; entry?: EntryView | undefined; onClose: () => void }) {
  const { t } = useTranslation(['caseWork', 'common']);
  const code = useCodeLabel();
  const form = useForm<RiskValues>(entry ? toValues(entry.data) : { ...toValues({}), assessedOn: localToday() }, { choices: ['level'] });
  const editor = useEntryEditor(caseId, 'assessments', entry, form, toValues);
  const v = form.values;

  const onSubmit = () => {
    const body = form.validate(createRiskAssessmentRequest, { assessedOn: opt(v.assessedOn), level: opt(v.level), factors: v.factors, note: opt(v.note) });
    if (body) editor.submit({ type: 'risk', ...body }, onClose);
  };

  return (
    <EntryModal
      title={entry ? t('caseWork:edit.risk') : t('caseWork:add.risk')}
      form={form}
      onSubmit={onSubmit}
      onClose={onClose}
      pending={editor.pending}
      theirs={editor.theirs}
      renderTheirs={(e) => <RiskSummary data={e.data} withLevel />}
      onStartFromTheirs={editor.startFromTheirs}
    >
      <Stack>
        <DateInput label={t('caseWork:fields.assessedOn')} required {...form.text('assessedOn')} />
        <CodeSelect
          label={t('caseWork:fields.level')}
          list="risk-level"
          ids={RISK_LEVEL.ids}
          value={v.level}
          onChange={(x) => form.set('level', x)}
          error={form.errors.level}
          required
        />
        <Checkbox.Group label={t('caseWork:fields.factors')} value={v.factors} onChange={(x) => form.set('factors', x)} error={form.errors.factors}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
            {RISK_FACTOR.ids.map((id) => (
              <Checkbox key={id} value={id} label={code('risk-factor', id)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Textarea label={t('caseWork:fields.note')} autosize minRows={2} maxRows={10} {...area(form, 'note')} />
      </Stack>
    </EntryModal>
  );
}
