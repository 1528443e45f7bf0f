import { Badge } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryService } from '../../core/referrals/directory.js';
import { openState } from './hours.js';

/** The current time, renewed every `everyMs` (open or closed changes while the page stays open). */
export function useNow(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/**
 * "Open now" in white on green 9, "Closed now" outlined in dark grey, a service that is not
 * active by its status (dark red outline): readable in words, not by colour alone. Nothing when
 * the service gives no opening hours.
 */
export function OpenBadge({ service, now }: { service: Pick<DirectoryService, 'status' | 'alwaysOpen' | 'schedules' | 'timeZone'>; now: Date }) {
  const { t } = useTranslation('directory');
  const state = openState(service, now);
  if (state === 'unknown') return null;
  if (state === 'open') {
    return (
      <Badge color="green.9" variant="filled" style={{ textTransform: 'none' }} data-testid="open-badge" data-state="open">
        {service.alwaysOpen ? t('open.always') : t('open.now')}
      </Badge>
    );
  }
  if (state === 'closed') {
    return (
      <Badge color="gray.9" variant="outline" style={{ textTransform: 'none' }} data-testid="open-badge" data-state="closed">
        {t('open.closed')}
      </Badge>
    );
  }
  return (
    <Badge color="red.9" variant="outline" style={{ textTransform: 'none' }} data-testid="open-badge" data-state="inactive">
      {t(`statuses.${service.status}`)}
    </Badge>
  );
}
