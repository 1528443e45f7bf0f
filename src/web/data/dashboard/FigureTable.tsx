/** A figure's rows as an accessible table: a suppressed cell says so (with why), never 0. */
import { Table, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FigureTable as Frame } from '../../hotline/figures/ChartFigure.js';
import type { ChartPoint } from './logic.js';

const NUMBER = { ta: 'right' } as const;

interface FigureTableProps {
  caption: string;
  category: string;
  valueName: string;
  points: readonly ChartPoint[];
  /** The total row's label and value (null: suppressed); absent when there are no rows. */
  total: { label: string; value: number | null } | null;
  formatValue: (value: number) => string;
  /** The id of the sentence that explains suppression (read out with every suppressed cell). */
  explanationId: string;
  /** Whether the table is on screen: out of sight, its cells take no keyboard focus. */
  shown: boolean;
}

export function FigureTable({ caption, category, valueName, points, total, formatValue, explanationId, shown }: FigureTableProps) {
  return (
    <Frame
      caption={caption}
      head={
        <Table.Tr>
          <Table.Th scope="col">{category}</Table.Th>
          <Table.Th scope="col" {...NUMBER}>
            {valueName}
          </Table.Th>
        </Table.Tr>
      }
    >
      {points.map((p) => (
        <Table.Tr key={p.key} data-suppressed={p.value === null ? 'true' : undefined}>
          <Table.Th scope="row" fw={400}>
            {p.label}
          </Table.Th>
          <Table.Td {...NUMBER}>{p.value === null ? <Suppressed explanationId={explanationId} focusable={shown} /> : formatValue(p.value)}</Table.Td>
        </Table.Tr>
      ))}
      {total ? (
        <Table.Tr data-testid="total-row">
          <Table.Th scope="row">{total.label}</Table.Th>
          <Table.Td {...NUMBER} fw={700}>
            {total.value === null ? <Suppressed explanationId={explanationId} focusable={shown} /> : formatValue(total.value)}
          </Table.Td>
        </Table.Tr>
      ) : null}
    </Frame>
  );
}

/** "suppressed", explained on hover and focus, and to screen readers by the sentence under the table. */
function Suppressed({ explanationId, focusable }: { explanationId: string; focusable: boolean }) {
  const { t } = useTranslation('dashboard');
  return (
    <Tooltip label={t('table.suppressedHelp')} multiline w={260} withArrow events={{ hover: true, focus: true, touch: true }}>
      <span tabIndex={focusable ? 0 : undefined} aria-describedby={explanationId} style={{ cursor: 'help', fontStyle: 'italic' }} data-testid="suppressed-cell">
        {t('table.suppressed')}
      </span>
    </Tooltip>
  );
}
