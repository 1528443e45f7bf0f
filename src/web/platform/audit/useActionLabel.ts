import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Audit actions are stable codes such as `user.invite` or, for refused attempts, the permission
 * asked for (`users:list`). The locale files name them under `actions`, keyed by the code itself
 * (codes contain `.` and `:`, so they are looked up as plain keys, not i18next paths).
 */
export function useActionLabel(): (action: string) => string | undefined {
  const { i18n } = useTranslation('audit');
  const language = i18n.language;
  return useCallback(
    (action: string) => {
      for (const lng of [language, 'en']) {
        const labels: unknown = i18n.getResource(lng, 'audit', 'actions');
        if (labels && typeof labels === 'object') {
          const label = (labels as Record<string, unknown>)[action];
          if (typeof label === 'string') return label;
        }
      }
      return undefined;
    },
    [i18n, language],
  );
}

/** Every action the locale names, as options sorted by their label in the UI language (the filter sends the code). */
export function useActionOptions(): { value: string; label: string }[] {
  const { i18n } = useTranslation('audit');
  const label = useActionLabel();
  const language = i18n.language;
  return useMemo(() => {
    const labels: unknown = i18n.getResource('en', 'audit', 'actions');
    const codes = labels && typeof labels === 'object' ? Object.keys(labels) : [];
    return codes.map((code) => ({ value: code, label: label(code) ?? code })).sort((a, b) => a.label.localeCompare(b.label, language));
  }, [i18n, label, language]);
}
