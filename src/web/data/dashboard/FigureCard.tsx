/** One figure: its title, a chart, the same rows as a table on request, and its downloads. */

import { Alert, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard, Figure } from '../../../core/data/dashboard/dashboard.js';
import { TableView } from '../../app/ui/TableView.js';
import { useFigureFormat } from '../../hotline/figures/useFigureFormat.js';
import { countryName } from '../../platform/countries.js';
import { DownloadMenu, type Format } from './DownloadMenu.js';
import { csvBlob, pngBlob, saveBlob, xlsxBlob } from './download.js';
import { FigureChart } from './FigureChart.js';
import { FigureTable } from './FigureTable.js';
import type { FigureLabeller } from './labels.js';
import { chartPoints, chartShape, figureSheet, fileName, hasBars, suppressedLabels } from './logic.js';

interface FigureCardProps {
  figure: Figure;
  dashboard: Dashboard;
  label: FigureLabeller;
}

export function FigureCard({ figure, dashboard, label }: FigureCardProps) {
  const { t } = useTranslation('dashboard');
  const format = useFigureFormat();
  const id = useId();
  const chartBox = useRef<HTMLDivElement>(null);
  const [tableShown, setTableShown] = useState(false);
  const [failed, setFailed] = useState(false);

  const title = t(`figures.${figure.id}.title`);
  const category = t(`figures.${figure.id}.category`);
  const valueName = t(`units.${figure.unit}`);
  const formatValue = figure.unit === 'days' ? format.days : format.number;
  const points = useMemo(() => chartPoints(figure, (key) => label(figure, key)), [figure, label]);
  const suppressed = suppressedLabels(points);
  const shape = chartShape(figure);
  const period = t('figure.period', { from: format.mediumDay(dashboard.from), to: format.mediumDay(dashboard.to) });
  const totalText = figure.total === null ? t('table.suppressed') : formatValue(figure.total);
  const totalRow = points.length ? { label: figure.additive ? t('table.total') : t('table.counted'), value: figure.total } : null;
  const legend = suppressed.length ? t('figure.suppressedLegend', { labels: format.list(suppressed) }) : null;

  const download = async (kind: Format) => {
    setFailed(false);
    try {
      if (kind === 'png') {
        const svg = chartBox.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
        if (!svg) throw new Error('No chart.');
        const subtitle = dashboard.country ? `${period} · ${countryName(dashboard.country, format.locale)}` : period;
        saveBlob(await pngBlob(svg, { title, subtitle, ...(legend ? { footnote: legend } : {}) }), fileName(dashboard, figure.id, 'png'));
        return;
      }
      const sheet = figureSheet(figure, (key) => label(figure, key), {
        code: t('table.code'),
        category,
        value: valueName,
        note: t('table.note'),
        suppressed: t('table.suppressed'),
        total: figure.additive ? t('table.total') : t('table.counted'),
      });
      if (kind === 'csv') saveBlob(csvBlob(sheet), fileName(dashboard, figure.id, 'csv'));
      else saveBlob(await xlsxBlob(sheet, title), fileName(dashboard, figure.id, 'xlsx'));
    } catch {
      setFailed(true);
    }
  };

  const table = (
    <FigureTable
      caption={title}
      category={category}
      valueName={valueName}
      points={points}
      total={totalRow}
      formatValue={formatValue}
      explanationId={`${id}-why`}
      shown={tableShown}
    />
  );

  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={`${id}-title`} data-testid={`figure-${figure.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={`${id}-title`}>
            {title}
          </Title>
          <DownloadMenu title={title} canPicture={hasBars(points)} onDownload={(kind) => void download(kind)} />
        </Group>
        {points.length ? (
          <Text size="sm" c="dimmed" data-testid="figure-total">
            {figure.additive ? t('figure.total', { total: totalText }) : t('figure.counted', { total: totalText })}
          </Text>
        ) : null}
        <Box w="100%" ref={chartBox} data-testid="chart">
          {points.length === 0 && figure.total !== 0 ? (
            // A figure reduced to its total (people assisted, in a suppressed view): one number.
            <div data-testid="figure-single">
              <Text size="xl" fw={700}>
                {totalText}
              </Text>
              <Text size="sm" c="dimmed">
                {valueName}
              </Text>
            </div>
          ) : points.length === 0 ? (
            <Text c="dimmed">{t('figure.none')}</Text>
          ) : hasBars(points) ? (
            <FigureChart
              name={t('figure.chartLabel', { title })}
              points={points}
              shape={shape}
              valueName={valueName}
              formatValue={formatValue}
              whole={figure.unit !== 'days'}
              tick={(p) => (p.value === null && shape === 'rows' ? t('figure.suppressedMark', { label: p.label }) : p.label)}
            />
          ) : suppressed.length ? (
            <Text c="dimmed">{t('figure.allSuppressed')}</Text>
          ) : (
            <Text c="dimmed">{t('figure.nothingCounted')}</Text>
          )}
        </Box>
        {legend ? (
          <Text size="sm" c="dimmed" data-testid="suppressed-legend">
            {legend}
          </Text>
        ) : null}
        {suppressed.length || figure.total === null ? (
          <Text size="xs" c="dimmed" id={`${id}-why`}>
            {t('table.suppressedHelp')}
          </Text>
        ) : null}
        {failed ? (
          <Alert color="red" role="alert" p="xs">
            {t('figure.downloadFailed')}
          </Alert>
        ) : null}
        {points.length ? (
          <TableView
            id={id}
            title={title}
            table={table}
            shown={tableShown}
            onToggle={() => setTableShown((s) => !s)}
            showLabel={t('figure.showTable')}
            hideLabel={t('figure.hideTable')}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
