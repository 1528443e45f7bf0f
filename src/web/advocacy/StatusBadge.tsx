import { Badge } from '@mantine/core';
import type { RecommendationStatus } from '../../core/advocacy/recommendation.js';
import { useAdvocacyLabels } from './labels.js';
import { STATUS_COLOURS } from './logic.js';

/** A status as a badge: its name is always written (the colour only helps). */
export function StatusBadge({ status, count }: { status: RecommendationStatus; count?: number }) {
  const labels = useAdvocacyLabels();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" c="dark.7" radius="sm" tt="none" data-testid={`status-${status}`}>
      {count === undefined ? labels.status(status) : `${labels.status(status)}: ${labels.number(count)}`}
    </Badge>
  );
}
