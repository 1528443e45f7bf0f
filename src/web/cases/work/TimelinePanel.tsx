import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../core/cases/views.js';
import { useTimeline } from './api.js';
import { useCodeLabel, useWorkFormat } from './format.js';
import { type Fact, timelineLine } from './timelineLines.js';
import { LoadState } from './ui.js';

/** One line of the timeline in words: what happened, with its facts. */
export function useTimelineText() {
  const { t } = useTranslation(['caseWork', 'common']);
  const code = useCodeLabel();
  const f = useWorkFormat();

  const factValue = (fact: Fact): string => {
    switch (fact.show) {
      case 'code':
        return code(fact.list, fact.value);
      case 'date':
        return f.day(fact.value);
      case 'flag':
        return fact.value ? t('common:yesNo.yes') : t('common:yesNo.no');
      case 'case-fields':
        return f.list(fact.value.map((name) => t(`caseWork:caseFields.${name}` as 'caseWork:caseFields.teamIds', { defaultValue: name })));
    }
  };

  return (e: TimelineEvent) => {
    const line = timelineLine(e);
    const kind = line.kind ? t(`caseWork:kinds.${line.kind}`) : t('caseWork:timeline.entryFallback');
    const status = (id: string | null) => (id ? code('case-status', id) : '—');
    let title: string;
    switch (line.event) {
      case 'opened':
        title = t('caseWork:timeline.opened', { number: line.number ?? '' });
        break;
      case 'status-changed':
        title = t('caseWork:timeline.status-changed', { from: status(line.from), to: status(line.to) });
        break;
      case 'closed':
        title = t('caseWork:timeline.closed', { to: status(line.to) });
        break;
      case 'entry.added':
        title = t('caseWork:timeline.entry.added', { kind });
        break;
      case 'entry.changed':
        title = t('caseWork:timeline.entry.changed', { kind });
        break;
      default:
        title = t(`caseWork:timeline.${line.event}`);
    }
    const facts = line.facts.map((fact) => `${t(`caseWork:fields.${fact.field}`)}: ${factValue(fact)}`);
    return { title, facts };
  };
}

/** Everything that happened on the case, newest first, with who did it and when. */
export function TimelinePanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation('caseWork');
  const f = useWorkFormat();
  const timeline = useTimeline(caseId);
  const describe = useTimelineText();
  const items = timeline.data ?? [];
  return (
    <LoadState isPending={timeline.isPending} error={timeline.error} empty={items.length === 0} emptyText={t('empty.timeline')}>
      <Timeline
        bulletSize={14}
        lineWidth={2}
        aria-label={t('timeline.label')}
        data-testid="timeline"
        component="ol"
        style={{ listStyle: 'none', paddingInlineStart: 0 }}
      >
        {items.map((e) => {
          const { title, facts } = describe(e);
          return (
            <Timeline.Item key={e.id} title={title} component="li" data-testid="timeline-line">
              {facts.length ? <Text size="sm">{facts.join(' · ')}</Text> : null}
              <Text size="xs" c="dimmed" mt={2}>
                {`${e.actorName ?? t('timeline.system')} · `}
                <time dateTime={e.at}>{f.dateTime(e.at)}</time>
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </LoadState>
  );
}
