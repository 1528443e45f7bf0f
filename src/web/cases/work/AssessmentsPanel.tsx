import { Badge, Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView } from '../../../core/cases/views.js';
import { useEntries } from './api.js';
import { str } from './fields.js';
import { useCodeLabel, useWorkFormat } from './format.js';
import { NeedsForm } from './NeedsForm.js';
import { RiskForm } from './RiskForm.js';
import { EditButton, EntryCard, EntryList, Facts, LoadState, PanelActions } from './ui.js';

/** White text on these meets WCAG AA; the level is also written out, never told by colour alone. */
export const RISK_COLOURS: Record<string, string> = { low: 'teal.9', medium: '#8f5100', high: 'red.9', critical: '#6b0000' };
const PRIORITY_COLOURS: Record<string, string> = { low: 'gray.7', medium: 'indigo.9', high: 'red.9' };

export function RiskBadge({ level }: { level: string }) {
  const { t } = useTranslation('caseWork');
  const code = useCodeLabel();
  return (
    <Badge variant="filled" color={RISK_COLOURS[level] ?? 'gray.7'} data-testid="risk-level">
      {t('risk.levelBadge', { level: code('risk-level', level) })}
    </Badge>
  );
}

export function RiskSummary({ data, withLevel }: { data: Record<string, unknown>; withLevel?: boolean }) {
  const { t } = useTranslation('caseWork');
  const code = useCodeLabel();
  const f = useWorkFormat();
  const factors = Array.isArray(data.factors) ? data.factors.filter((x): x is string => typeof x === 'string') : [];
  return (
    <Facts
      rows={[
        [t('fields.level'), withLevel && data.level ? code('risk-level', str(data.level)) : null],
        [t('fields.factors'), factors.length ? f.list(factors.map((x) => code('risk-factor', x))) : t('risk.noFactors')],
        [t('fields.note'), str(data.note)],
      ]}
    />
  );
}

export function NeedsSummary({ data }: { data: Record<string, unknown> }) {
  const { t } = useTranslation('caseWork');
  const code = useCodeLabel();
  const needs = Array.isArray(data.needs) ? (data.needs as Record<string, unknown>[]) : [];
  return (
    <>
      <List spacing={4} size="sm" listStyleType="none" aria-label={t('fields.needs')}>
        {needs.map((n) => (
          <List.Item key={str(n.domain)}>
            <Group gap="xs" wrap="nowrap" align="baseline">
              <Text size="sm" fw={500}>
                {code('need-domain', str(n.domain))}
              </Text>
              <Badge size="sm" variant="filled" color={PRIORITY_COLOURS[str(n.priority)] ?? 'gray.7'}>
                {`${t('fields.priority')}: ${code('priority', str(n.priority))}`}
              </Badge>
            </Group>
            {n.description ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {str(n.description)}
              </Text>
            ) : null}
          </List.Item>
        ))}
      </List>
      <Facts rows={[[t('fields.note'), str(data.note)]]} />
    </>
  );
}

type Editing = { type: 'risk' | 'needs'; entry?: EntryView } | null;

export function AssessmentsPanel({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t } = useTranslation('caseWork');
  const f = useWorkFormat();
  const entries = useEntries(caseId, 'assessments');
  const [editing, setEditing] = useState<Editing>(null);
  const items = entries.data ?? [];

  return (
    <>
      {canWrite ? (
        <PanelActions>
          <Button onClick={() => setEditing({ type: 'risk' })}>{t('add.risk')}</Button>
          <Button onClick={() => setEditing({ type: 'needs' })}>{t('add.needs')}</Button>
        </PanelActions>
      ) : null}
      <LoadState isPending={entries.isPending} error={entries.error} empty={items.length === 0} emptyText={t('empty.assessments')}>
        <EntryList label={t('tabs.assessments')}>
          {items.map((entry) => {
            const risk = entry.data.type === 'risk';
            const title = t(risk ? 'risk.title' : 'needs.title', { date: f.day(str(entry.data.assessedOn)) });
            return (
              <EntryCard
                key={entry.id}
                testId={risk ? 'risk-assessment' : 'needs-assessment'}
                title={title}
                badges={risk ? <RiskBadge level={str(entry.data.level)} /> : null}
                actions={canWrite ? <EditButton what={title} onClick={() => setEditing({ type: risk ? 'risk' : 'needs', entry })} /> : null}
              >
                {risk ? <RiskSummary data={entry.data} /> : <NeedsSummary data={entry.data} />}
              </EntryCard>
            );
          })}
        </EntryList>
      </LoadState>
      {editing?.type === 'risk' ? <RiskForm caseId={caseId} entry={editing.entry} onClose={() => setEditing(null)} /> : null}
      {editing?.type === 'needs' ? <NeedsForm caseId={caseId} entry={editing.entry} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
