/** One chart of the reach dashboard: its title, the chart, the same rows as a table on request, and its downloads. */

import { Alert, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableView } from '../../app/ui/TableView.js';
import { DownloadMenu, type Format } from '../../data/dashboard/DownloadMenu.js';
import { csvBlob, pngBlob, saveBlob, xlsxBlob } from '../../data/dashboard/download.js';
import { useFigureFormat } from '../../hotline/figures/useFigureFormat.js';
import { ReachBars } from './ReachBars.js';
import { ReachTable } from './ReachTable.js';
import { hasReach, type ReachChartRow, reachSheet, sumRows } from './reach-rows.js';

export type ReachFigureId = 'months' | 'cities' | 'audiences' | 'types' | 'organisations';

interface ReachFigureProps {
  id: ReachFigureId;
  rows: readonly ReachChartRow[];
  shape: 'columns' | 'rows';
  /** What the period, scope and filters are (the picture's subtitle). */
  subtitle: string;
  /** The start of the downloads' file names: `haven-campaigns-network-2024-01-01-2024-12-31`. */
  fileStem: string;
  tick?: (row: ReachChartRow) => string;
  /** Drawn above the bars (the map of the cities). */
  before?: ReactNode;
}

export function ReachFigure({ id, rows, shape, subtitle, fileStem, tick, before }: ReachFigureProps) {
  const { t } = useTranslation('campaigns');
  const format = useFigureFormat();
  const htmlId = useId();
  const chartBox = useRef<HTMLDivElement>(null);
  const [tableShown, setTableShown] = useState(false);
  const [failed, setFailed] = useState(false);
  const title = t(`reach.figures.${id}.title`);
  const category = t(`reach.figures.${id}.category`);
  const total = sumRows(rows);
  const drawn = hasReach(rows);

  const download = async (kind: Format) => {
    setFailed(false);
    try {
      const name = `${fileStem}-${id}.${kind}`;
      if (kind === 'png') {
        const svg = chartBox.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
        if (!svg) throw new Error('No chart.');
        saveBlob(await pngBlob(svg, { title, subtitle }), name);
        return;
      }
      const sheet = reachSheet(rows, {
        code: t('reach.code'),
        category,
        counted: t('reach.counted'),
        estimated: t('reach.estimated'),
        total: t('reach.total'),
        activities: t('reach.activities'),
        totalRow: t('reach.totalRow'),
      });
      if (kind === 'csv') saveBlob(csvBlob(sheet), name);
      else saveBlob(await xlsxBlob(sheet, title), name);
    } catch {
      setFailed(true);
    }
  };

  const table = <ReachTable caption={title} category={category} rows={rows} formatNumber={format.number} />;

  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={`${htmlId}-title`} data-testid={`reach-${id}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={`${htmlId}-title`}>
            {title}
          </Title>
          <DownloadMenu title={title} canPicture={drawn} onDownload={(kind) => void download(kind)} />
        </Group>
        <Text size="sm" c="dimmed" data-testid="figure-total">
          {t('reach.figureTotal', {
            total: format.number(total.counted + total.estimated),
            counted: format.number(total.counted),
            estimated: format.number(total.estimated),
          })}
        </Text>
        {before}
        <Box w="100%" ref={chartBox} data-testid="chart">
          {drawn ? (
            <ReachBars
              name={t('reach.chartLabel', { title })}
              rows={rows}
              shape={shape}
              countedName={t('reach.counted')}
              estimatedName={t('reach.estimated')}
              formatNumber={format.number}
              {...(tick ? { tick } : {})}
            />
          ) : (
            <Text c="dimmed">{t('reach.nothing')}</Text>
          )}
        </Box>
        {failed ? (
          <Alert color="red" role="alert" p="xs">
            {t('reach.downloadFailed')}
          </Alert>
        ) : null}
        {rows.length ? (
          <TableView
            id={htmlId}
            title={title}
            table={table}
            shown={tableShown}
            onToggle={() => setTableShown((s) => !s)}
            showLabel={t('reach.showTable')}
            hideLabel={t('reach.hideTable')}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
