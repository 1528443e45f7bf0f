import { Box, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableView } from '../../app/ui/TableView.js';

interface ChartFigureProps {
  title: string;
  /** A sentence under the title (what counts, a summary of the chart). */
  note?: ReactNode;
  /** The chart itself; it is named after the title and points to the table. */
  chart: (name: string) => ReactNode;
  /** The same numbers as a table (its caption is the title). */
  table: ReactNode;
  testId: string;
  /** The table is part of the figure for everyone (no button to show it). */
  tableAlways?: boolean;
}

/**
 * A chart with its title and its numbers as a table: the table is always there for screen
 * readers, and shown on request to everyone (it is also the easiest to read on a small screen).
 */
export function ChartFigure({ title, note, chart, table, testId, tableAlways = false }: ChartFigureProps) {
  const { t } = useTranslation('hotlineFigures');
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <Box component="section" aria-labelledby={`${id}-title`} data-testid={testId}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={`${id}-title`}>
          {title}
        </Title>
        {note ? (
          <Text size="sm" c="dimmed">
            {note}
          </Text>
        ) : null}
        <Box w="100%" data-testid="chart">
          {chart(t('table.chartLabel', { title }))}
        </Box>
        <TableView
          id={id}
          title={title}
          table={table}
          shown={shown}
          onToggle={() => setShown((s) => !s)}
          showLabel={t('table.show')}
          hideLabel={t('table.hide')}
          variant="subtle"
          always={tableAlways}
        />
      </Stack>
    </Box>
  );
}

/** Out of sight but read out: the caption names the table, the heading above already shows it. */
const HIDDEN_CAPTION = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** A table of figures named by its caption; numeric columns are right-aligned by the caller. */
export function FigureTable({ caption, head, children }: { caption: string; head: ReactNode; children: ReactNode }) {
  return (
    <Table striped withTableBorder captionSide="top" verticalSpacing={4}>
      <Table.Caption style={HIDDEN_CAPTION}>{caption}</Table.Caption>
      <Table.Thead>{head}</Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}
