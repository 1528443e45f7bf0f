import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DangerLevel } from '../../core/hotline/contact.js';

/**
 * Immediate danger in white on red 9 (5.6:1), at risk in near-black on yellow 4; no danger shows
 * nothing unless asked (`always`).
 */
export function DangerBadge({ danger, always }: { danger: DangerLevel; always?: boolean }) {
  const { t } = useTranslation('hotline');
  if (danger === 'none' && !always) return null;
  const colour = danger === 'immediate' ? 'red.9' : danger === 'at-risk' ? 'yellow.4' : 'gray.7';
  return (
    <Badge color={colour} autoContrast variant="filled" data-testid="danger-badge" style={{ textTransform: 'none' }}>
      {t(`danger.${danger}`)}
    </Badge>
  );
}

/** "2 follow-ups open", "1 overdue" (nothing when none is open). */
export function FollowUpBadges({ open, overdue }: { open: number; overdue: number }) {
  const { t } = useTranslation('hotline');
  if (open === 0) return null;
  return (
    <Group gap={4} data-testid="follow-up-badges">
      <Badge color="gray.9" variant="outline" style={{ textTransform: 'none' }}>
        {t('list.openFollowUps', { count: open })}
      </Badge>
      {overdue > 0 ? (
        <Badge color="red.9" variant="filled" style={{ textTransform: 'none' }}>
          {t('list.overdueFollowUps', { count: overdue })}
        </Badge>
      ) : null}
    </Group>
  );
}
