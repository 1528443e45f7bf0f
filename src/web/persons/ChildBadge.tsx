import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** White on grape 9: contrast 7.3:1. Shown wherever a child appears, so that no one misses it. */
export const CHILD_COLOUR = 'grape.9';

/** "Child · 15": the age when known. */
export function ChildBadge({ age, size }: { age: number | null | undefined; size?: BadgeProps['size'] }) {
  const { t } = useTranslation('persons');
  return (
    <Badge variant="filled" color={CHILD_COLOUR} size={size} data-testid="child-badge">
      {age === null || age === undefined ? t('child.badge') : t('child.badgeAge', { age })}
    </Badge>
  );
}
