import { Badge } from '@mantine/core';
import type { CaseStatus } from '../../core/cases/case.js';
import { useCodeLabel } from '../persons/codeLabels.js';

/** Filled badges in dark shades: white text on them meets WCAG AA contrast. */
const COLOURS: Record<CaseStatus, string> = {
  active: 'teal.9',
  'follow-up': 'indigo.9',
  closed: 'gray.7',
  'closed-referred': 'violet.9',
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  const label = useCodeLabel();
  return (
    <Badge variant="filled" color={COLOURS[status]} data-testid="case-status">
      {label('case-status', status)}
    </Badge>
  );
}
