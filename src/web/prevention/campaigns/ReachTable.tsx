import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FigureTable as Frame } from '../../hotline/figures/ChartFigure.js';
import { type ReachChartRow, sumRows } from './reach-rows.js';

const NUMBER = { ta: 'right' } as const;

/** A chart's numbers: counted, estimated, their total and the activities, per row and in all. */
export function ReachTable({
  caption,
  category,
  rows,
  formatNumber,
}: {
  caption: string;
  category: string;
  rows: readonly ReachChartRow[];
  formatNumber: (value: number) => string;
}) {
  const { t } = useTranslation('campaigns');
  const total = sumRows(rows);
  return (
    <Frame
      caption={caption}
      head={
        <Table.Tr>
          <Table.Th scope="col">{category}</Table.Th>
          <Table.Th scope="col" {...NUMBER}>
            {t('reach.counted')}
          </Table.Th>
          <Table.Th scope="col" {...NUMBER}>
            {t('reach.estimated')}
          </Table.Th>
          <Table.Th scope="col" {...NUMBER}>
            {t('reach.total')}
          </Table.Th>
          <Table.Th scope="col" {...NUMBER}>
            {t('reach.activities')}
          </Table.Th>
        </Table.Tr>
      }
    >
      {rows.map((r) => (
        <Table.Tr key={r.key}>
          <Table.Th scope="row" fw={400}>
            {r.label}
          </Table.Th>
          <Table.Td {...NUMBER}>{formatNumber(r.counted)}</Table.Td>
          <Table.Td {...NUMBER}>{formatNumber(r.estimated)}</Table.Td>
          <Table.Td {...NUMBER}>{formatNumber(r.total)}</Table.Td>
          <Table.Td {...NUMBER}>{formatNumber(r.activities)}</Table.Td>
        </Table.Tr>
      ))}
      <Table.Tr data-testid="total-row">
        <Table.Th scope="row">{t('reach.totalRow')}</Table.Th>
        <Table.Td {...NUMBER}>{formatNumber(total.counted)}</Table.Td>
        <Table.Td {...NUMBER}>{formatNumber(total.estimated)}</Table.Td>
        <Table.Td {...NUMBER} fw={700}>
          {formatNumber(total.counted + total.estimated)}
        </Table.Td>
        <Table.Td {...NUMBER}>{formatNumber(total.activities)}</Table.Td>
      </Table.Tr>
    </Frame>
  );
}
