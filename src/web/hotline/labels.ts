/** The words for the hotline's codes (channels, callers, reasons…), the languages, and the organisation's people. */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Caller, Channel, DangerLevel } from '../../core/hotline/contact.js';
import { useMe } from '../api/me.js';
import { useColleagues, useSettingsOrDefaults } from './api.js';
import type { Direction, EmergencyStep } from './draft.js';
import { reasonLabel } from './reasons.js';

export function useLabels() {
  const { t } = useTranslation('hotline');
  const settings = useSettingsOrDefaults();
  return useMemo(
    () => ({
      settings,
      channel: (c: Channel) => t(`channels.${c}`),
      direction: (d: Direction) => t(`directions.${d}`),
      caller: (c: Caller) => t(`callers.${c}`),
      danger: (d: DangerLevel) => t(`danger.${d}`),
      step: (s: EmergencyStep) => t(`steps.${s}`),
      reason: (id: string) => reasonLabel(settings, id, (d) => t(`reasons.${d}`)),
    }),
    [t, settings],
  );
}
export type Labels = ReturnType<typeof useLabels>;

/** The name of a user of the organisation: "you", a colleague, or "a former colleague". */
export function usePersonName(): (id: string | null | undefined) => string | null {
  const { t } = useTranslation('hotline');
  const me = useMe().data;
  const colleagues = useColleagues().data?.items;
  return useCallback(
    (id: string | null | undefined) => {
      if (!id) return null;
      if (id === me?.user.id) return t('people.you', { name: me.user.name });
      const found = colleagues?.find((c) => c.id === id);
      if (found) return found.name;
      return colleagues ? t('people.former') : t('people.unknown');
    },
    [t, me, colleagues],
  );
}

/** The organisation's users as options of an assignee picker, the signed-in user first. */
export function useAssigneeOptions(): { value: string; label: string }[] {
  const name = usePersonName();
  const me = useMe().data;
  const colleagues = useColleagues().data?.items;
  return useMemo(() => {
    const mine = me ? [{ value: me.user.id, label: name(me.user.id) ?? me.user.name }] : [];
    return [...mine, ...(colleagues ?? []).filter((c) => c.id !== me?.user.id).map((c) => ({ value: c.id, label: c.name }))];
  }, [name, me, colleagues]);
}
