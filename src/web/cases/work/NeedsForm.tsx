import { Checkbox, Group, NativeSelect, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NEED_DOMAIN, PRIORITY } from '../../../core/cases/codes.js';
import type { EntryView } from '../../../core/cases/views.js';
import { createNeedsAssessmentRequest } from '../../../core/cases/work.js';
import { useForm } from '../../app/form.js';
import { NeedsSummary } from './AssessmentsPanel.js';
import { EntryModal, useEntryEditor } from './EntryModal.js';
import { area, DateInput, opt, str } from './fields.js';
import { useCodeLabel, useCodeOptions } from './format.js';
import { localToday } from './taskGroups.js';

interface NeedRow {
  domain: string;
  priority: string;
  description: string;
}

interface NeedsValues {
  assessedOn: string;
  needs: NeedRow[];
  note: string;
}

const toValues = (d: Record<string, unknown>): NeedsValues => ({
  assessedOn: str(d.assessedOn),
  needs: Array.isArray(d.needs)
    ? d.needs.map((n: Record<string, unknown>) => ({ domain: str(n.domain), priority: str(n.priority) || 'medium', description: str(n.description) }))
    : [],
  note: str(d.note),
});

/** Assess the person's needs: the areas where they need support, each with its priority. */
export function NeedsForm({ caseId, entry, onClose }: { caseId: string; entry?: EntryView | undefined; onClose: () => void }) {
  const { t } = useTranslation(['caseWork', 'common']);
  const code = useCodeLabel();
  const options = useCodeOptions();
  const form = useForm<NeedsValues>(entry ? toValues(entry.data) : { ...toValues({}), assessedOn: localToday() });
  const editor = useEntryEditor(caseId, 'assessments', entry, form, toValues);
  const v = form.values;
  // In the order of the code list, whatever order they were ticked in.
  const chosen = v.needs.map((n) => n.domain);

  const setDomains = (domains: string[]) => {
    const known = new Map(v.needs.map((n) => [n.domain, n]));
    form.set(
      'needs',
      NEED_DOMAIN.ids.filter((d) => domains.includes(d)).map((domain) => known.get(domain) ?? { domain, priority: 'medium', description: '' }),
    );
  };
  const setRow = (domain: string, change: Partial<NeedRow>) =>
    form.set(
      'needs',
      v.needs.map((n) => (n.domain === domain ? { ...n, ...change } : n)),
    );

  const onSubmit = () => {
    const body = form.validate(createNeedsAssessmentRequest, {
      assessedOn: opt(v.assessedOn),
      needs: v.needs.map((n) => ({ domain: n.domain, priority: n.priority, description: opt(n.description) })),
      note: opt(v.note),
    });
    if (body) editor.submit({ type: 'needs', ...body }, onClose);
  };

  return (
    <EntryModal
      title={entry ? t('caseWork:edit.needs') : t('caseWork:add.needs')}
      form={form}
      onSubmit={onSubmit}
      onClose={onClose}
      pending={editor.pending}
      theirs={editor.theirs}
      renderTheirs={(e) => <NeedsSummary data={e.data} />}
      onStartFromTheirs={editor.startFromTheirs}
      size="xl"
    >
      <Stack>
        <DateInput label={t('caseWork:fields.assessedOn')} required {...form.text('assessedOn')} />
        <Checkbox.Group
          label={t('caseWork:fields.needs')}
          description={t('caseWork:needs.choose')}
          value={chosen}
          onChange={setDomains}
          error={form.errors.needs}
          withAsterisk
        >
          <Stack gap="xs" mt="xs">
            {NEED_DOMAIN.ids.map((domain) => {
              const row = v.needs.find((n) => n.domain === domain);
              const name = code('need-domain', domain);
              return (
                <div key={domain}>
                  <Checkbox value={domain} label={name} />
                  {row ? (
                    <Paper withBorder p="xs" mt={6} ml="xl">
                      <Group align="flex-start" grow wrap="wrap">
                        <NativeSelect
                          label={t('caseWork:needs.priorityOf', { area: name })}
                          data={options('priority', PRIORITY.ids)}
                          value={row.priority}
                          onChange={(event) => setRow(domain, { priority: event.currentTarget.value })}
                        />
                        <TextInput
                          label={t('caseWork:needs.detailsOf', { area: name })}
                          value={row.description}
                          onChange={(event) => setRow(domain, { description: event.currentTarget.value })}
                          maxLength={2000}
                        />
                      </Group>
                    </Paper>
                  ) : null}
                </div>
              );
            })}
          </Stack>
        </Checkbox.Group>
        <Textarea label={t('caseWork:fields.note')} autosize minRows={2} maxRows={10} {...area(form, 'note')} />
      </Stack>
    </EntryModal>
  );
}
