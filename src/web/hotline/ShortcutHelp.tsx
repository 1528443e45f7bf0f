import { Kbd, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { SAVE, TIMER_TOGGLE } from './shortcuts.js';

/** One line that names the shortcuts of the contact form (hidden on phones, which have no such keys). */
export function ShortcutHelp() {
  const { t } = useTranslation('hotline');
  const keys = (list: readonly string[]) =>
    list.map((k, i) => (
      <Fragment key={k}>
        {i > 0 ? ` ${t('shortcuts.or')} ` : null}
        <Kbd size="xs">{k}</Kbd>
      </Fragment>
    ));
  return (
    <Text size="sm" c="dimmed" mb="md" visibleFrom="sm" id="shortcut-help" data-testid="shortcut-help">
      <Text span fw={600} c="inherit" size="sm">
        {t('shortcuts.title')}
      </Text>{' '}
      {keys(SAVE.map((s) => s.keys))} {t('shortcuts.save')} · {keys(['Alt+1…6'])} {t('shortcuts.channel')} · {keys([TIMER_TOGGLE.keys])} {t('shortcuts.timer')}{' '}
      · {keys(['Esc'])} {t('shortcuts.escape')}
    </Text>
  );
}
