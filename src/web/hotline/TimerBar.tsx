import { Button, Group, Kbd, Paper, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIMER_TOGGLE } from './shortcuts.js';
import { elapsedSeconds, formatClock, type TimerState } from './timer.js';

interface TimerBarProps {
  timer: TimerState;
  onToggle: () => void;
  onStop: () => void;
}

/**
 * The time on this contact, always in sight at the top of the form. Only this bar re-renders each
 * second, not the form.
 */
export function TimerBar({ timer, onToggle, onStop }: TimerBarProps) {
  const { t } = useTranslation('hotline');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.status !== 'running') return;
    setNow(Date.now());
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [timer.status]);
  const clock = formatClock(elapsedSeconds(timer, now));

  return (
    <Paper
      withBorder
      shadow="xs"
      p="xs"
      mb="md"
      style={{ position: 'sticky', top: 'calc(var(--app-shell-header-offset, 64px) + 4px)', zIndex: 5 }}
      data-testid="contact-timer"
      data-status={timer.status}
    >
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="xs" wrap="nowrap">
          <Text fw={600} id="timer-label">
            {t('timer.label')}
          </Text>
          <Text component="span" role="timer" aria-labelledby="timer-label" ff="monospace" fz="xl" fw={700} data-testid="timer-clock">
            {clock}
          </Text>
          {timer.status !== 'running' ? (
            <Text size="sm" c="dimmed">
              {t(`timer.${timer.status}`)}
            </Text>
          ) : null}
        </Group>
        <Group gap="xs">
          <Button
            variant="default"
            size="sm"
            onClick={onToggle}
            aria-keyshortcuts={TIMER_TOGGLE.aria}
            rightSection={
              <Kbd size="xs" aria-hidden="true" visibleFrom="sm">
                {TIMER_TOGGLE.keys}
              </Kbd>
            }
          >
            {timer.status === 'running' ? t('timer.pause') : t('timer.resume')}
          </Button>
          {timer.status !== 'stopped' ? (
            <Button variant="default" size="sm" onClick={onStop}>
              {t('timer.stop')}
            </Button>
          ) : null}
        </Group>
      </Group>
    </Paper>
  );
}
