import { Badge, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../../core/platform/roles.js';
import { LANGUAGE_NAMES } from '../../i18n/languages.js';
import { useEditor } from './context.js';
import type { CourseDraft } from './draft.js';

/**
 * The course's languages and default language, and the one language the whole editor writes in,
 * each with the number of texts it still lacks.
 */
export function LanguageFields({
  draft,
  missing,
  onDraft,
  onEditing,
}: {
  draft: CourseDraft;
  missing: Partial<Record<UiLanguage, number>>;
  onDraft: (next: CourseDraft) => void;
  onEditing: (language: UiLanguage) => void;
}) {
  const { t } = useTranslation('learning');
  const editor = useEditor();
  const label = (l: UiLanguage) => t('editor.missing', { language: LANGUAGE_NAMES[l], missing: missing[l] ?? 0 });

  const setLanguages = (values: string[]) => {
    const languages = UI_LANGUAGES.filter((l) => values.includes(l));
    if (languages.length === 0) return;
    editor.clear('languages');
    const defaultLanguage = languages.includes(draft.defaultLanguage) ? draft.defaultLanguage : (languages[0] as UiLanguage);
    onDraft({ ...draft, languages, defaultLanguage });
    if (!languages.includes(editor.language)) onEditing(defaultLanguage);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="course-languages">
      <Title order={2} size="h3" id="course-languages">
        {t('editor.languagesTitle')}
      </Title>
      <Checkbox.Group
        label={t('editor.languages')}
        description={t('editor.languagesHint')}
        value={draft.languages}
        onChange={setLanguages}
        error={editor.error('languages')}
      >
        <SimpleGrid cols={{ base: 2, xs: 3, sm: 5 }} mt="xs" spacing="xs">
          {UI_LANGUAGES.map((l) => (
            <Checkbox key={l} value={l} label={<span lang={l}>{LANGUAGE_NAMES[l]}</span>} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Group align="flex-start" wrap="wrap" grow>
        <NativeSelect
          label={t('editor.defaultLanguage')}
          description={t('editor.defaultLanguageHint')}
          value={draft.defaultLanguage}
          data={draft.languages.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          error={editor.error('defaultLanguage')}
          onChange={(event) => {
            editor.clear('defaultLanguage');
            onDraft({ ...draft, defaultLanguage: event.currentTarget.value as UiLanguage });
          }}
        />
        <NativeSelect
          label={t('editor.editing')}
          description={t('editor.editingHint')}
          value={editor.language}
          data={draft.languages.map((l) => ({ value: l, label: label(l) }))}
          onChange={(event) => onEditing(event.currentTarget.value as UiLanguage)}
          data-testid="editing-language"
        />
      </Group>
      <Group gap="xs" data-testid="language-completeness">
        {draft.languages.map((l) => (
          <Badge key={l} variant="outline" color={(missing[l] ?? 0) === 0 ? 'teal.9' : 'red.9'} style={{ textTransform: 'none' }}>
            {label(l)}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}
