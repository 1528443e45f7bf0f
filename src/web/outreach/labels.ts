/** Names shown for outreach codes: indicators (the screening texts), zones, stages. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNNEL_STAGES, type FunnelStage, type QUICK_INDICATORS } from '../../core/outreach/encounter.js';
import { useInstrumentTexts } from '../identification/texts.js';
import type { Zone } from './kept.js';

type QuickIndicator = (typeof QUICK_INDICATORS)[number];

/** An indicator's text, as the adult labour screening words it, in the interface language (bundled: works offline). */
export function useIndicatorText(): (id: QuickIndicator) => string {
  const texts = useInstrumentTexts();
  return useCallback((id) => texts.indicators['adult-labour'][id]?.text ?? id, [texts]);
}

/** Where an encounter or a person was: the zone's name, else the place. */
export function useWhere(zones: readonly Zone[]): (at: { zoneId: string | null; place: string | null }) => string {
  const { t } = useTranslation('outreach');
  return useCallback(
    (at) => {
      if (at.zoneId) return zones.find((z) => z.id === at.zoneId)?.name ?? t('encounter.unknownZone');
      return at.place ?? '';
    },
    [zones, t],
  );
}

/** A calendar date (YYYY-MM-DD) as a moment that falls on that day in any time zone (noon, local time). */
export function onDay(date: string): string {
  return `${date}T12:00:00`;
}

/** The furthest stage reached. */
export function currentStage(stages: Record<FunnelStage, string | null>): FunnelStage {
  return [...FUNNEL_STAGES].reverse().find((s) => stages[s] !== null) ?? 'identified';
}

/** The stages still ahead (a later stage counts as having passed the earlier ones). */
export function stagesAhead(stages: Record<FunnelStage, string | null>): Exclude<FunnelStage, 'identified'>[] {
  const reached = FUNNEL_STAGES.indexOf(currentStage(stages));
  return FUNNEL_STAGES.filter((s, i): s is Exclude<FunnelStage, 'identified'> => i > reached && s !== 'identified');
}
