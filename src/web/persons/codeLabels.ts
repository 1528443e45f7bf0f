import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CODE_LISTS, type CodeListName } from '../../core/cases/codes.js';

/** The label of a code, `codes:<list>.<id>` (the id itself if a translation is missing). */
export function useCodeLabel(): (list: CodeListName, id: string) => string {
  const { t } = useTranslation('codes');
  return useCallback((list: CodeListName, id: string) => t(`${list}.${id}` as never, { defaultValue: id }), [t]);
}

/** A code list as options of a select, in the list's own order, labelled in the interface language. */
export function useCodeOptions(list: CodeListName): { value: string; label: string }[] {
  const label = useCodeLabel();
  return useMemo(() => CODE_LISTS[list].ids.map((id) => ({ value: id, label: label(list, id) })), [list, label]);
}
