import { Button, Menu } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../core/platform/roles.js';
import { me as meSchema } from '../../core/platform/schemas.js';
import { api } from '../api/client.js';
import { useKnownMe, useStoreMe } from '../api/me.js';
import { changeLanguage } from '../i18n/index.js';
import { isUiLanguage, LANGUAGE_NAMES, LANGUAGE_OPTIONS } from '../i18n/languages.js';

/**
 * Every interface language, each named in itself. The choice applies at once, is kept on this
 * device and, when someone is signed in, saved to their profile.
 */
export function LanguageMenu() {
  const { t, i18n } = useTranslation('common');
  const me = useKnownMe();
  const storeMe = useStoreMe();
  const current = isUiLanguage(i18n.language) ? i18n.language : 'en';
  const save = useMutation({
    mutationFn: (language: UiLanguage) => api.patch('/api/me', { language }, { schema: meSchema }),
    onSuccess: storeMe,
    onError: (error) => console.warn('The language could not be saved to the profile.', error),
  });

  const choose = (language: UiLanguage) => {
    void changeLanguage(language);
    if (me && me.user.language !== language) save.mutate(language);
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" aria-label={t('language.menu', { language: LANGUAGE_NAMES[current] })} data-testid="language-menu">
          <span lang={current}>{LANGUAGE_NAMES[current]}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LANGUAGE_OPTIONS.map((option) => (
          <Menu.Item
            key={option.value}
            lang={option.value}
            onClick={() => choose(option.value)}
            aria-current={option.value === current ? 'true' : undefined}
            fw={option.value === current ? 700 : undefined}
          >
            {option.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
