import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/me.js';
import { useColleagues } from './api.js';

/**
 * The name of a user of the organisation by id: "you" for the signed-in user, the colleague's name,
 * or "a former colleague" for someone no longer active.
 */
export function useColleagueName(): (id: string | null | undefined) => string | null {
  const { t } = useTranslation('cases');
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

/** Colleagues as select options, the signed-in user first. */
export function useColleagueOptions(): { value: string; label: string }[] {
  const name = useColleagueName();
  const me = useMe().data;
  const colleagues = useColleagues().data?.items ?? [];
  const mine = me ? [{ value: me.user.id, label: name(me.user.id) ?? me.user.name }] : [];
  return [...mine, ...colleagues.filter((c) => c.id !== me?.user.id).map((c) => ({ value: c.id, label: c.name }))];
}
