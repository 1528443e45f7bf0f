import { Alert, Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { isApiError } from '../api/client.js';
import { useErrorText } from '../app/form.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { ChartFigure, FigureTable } from '../hotline/figures/ChartFigure.js';
import { BAR_COLOUR, GRID_COLOUR, imageProps, TEXT_COLOUR } from '../hotline/figures/charts.js';
import { barsHeight } from '../hotline/figures/series.js';
import { learnerViewOf, useCourse, useCourseStats } from './api.js';
import { localOf } from './local.js';
import { quizLessons, statsRows } from './stats.js';

const NUMBER = { ta: 'right' } as const;
const TICK = { fill: TEXT_COLOUR, fontSize: 12 };

/** `/learning/courses/:id/stats`: completion and scores per learner organisation, as a chart and a table. */
export function CourseStatsPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('learning');
  const errorText = useErrorText();
  const course = useCourse(id);
  const stats = useCourseStats(id);
  const back = (
    <Anchor component={Link} to="/learning" size="sm" mb="xs" display="inline-block">
      {t('stats.back')}
    </Anchor>
  );
  if (course.isPending || stats.isPending) return <PageLoader />;
  if (course.error || stats.error) {
    const error = course.error ?? stats.error;
    return (
      <>
        {back}
        <PageHeader title={t('learn.notFoundTitle')} />
        <Alert color="red" role="alert">
          {isApiError(error, 'not_found') ? t('learn.notFound') : errorText(error)}
        </Alert>
      </>
    );
  }
  const view = learnerViewOf(course.data);
  const language = i18n.language;
  const fallback = view.defaultLanguage;
  const title = localOf(view.title, language, fallback);
  const lessons = view.modules.flatMap((m) => m.lessons);
  const lessonTitle = (lessonId: string) => localOf(lessons.find((l) => l.id === lessonId)?.title ?? {}, language, fallback) || lessonId;
  const rows = statsRows(stats.data);
  const quizzes = quizLessons(
    stats.data,
    lessons.map((l) => l.id),
  );
  const percent = (value: number | null) => (value === null ? t('stats.noScore') : t('stats.percent', { value }));
  const data = rows.map((r) => ({ key: r.orgId, label: r.orgName, rate: r.rate ?? 0 }));
  const labelWidth = Math.min(200, Math.max(60, Math.max(0, ...data.map((d) => d.label.length)) * 7));

  return (
    <>
      {back}
      <PageHeader title={t('stats.title', { title })} intro={t('stats.intro')} />
      <Stack gap="lg">
        {stats.data.version !== null ? <Text size="sm">{t('stats.version', { version: stats.data.version })}</Text> : null}
        {rows.length === 0 ? (
          <Text c="dimmed" data-testid="stats-empty">
            {t('stats.none')}
          </Text>
        ) : (
          <ChartFigure
            title={t('stats.chart')}
            note={t('stats.chartNote')}
            testId="completion-figure"
            tableAlways
            chart={(name) => (
              <BarChart
                {...imageProps(name)}
                data={data}
                layout="vertical"
                responsive
                style={{ width: '100%', height: barsHeight(data.length, 32) + 24 }}
                margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
              >
                <CartesianGrid stroke={GRID_COLOUR} horizontal={false} vertical />
                <XAxis type="number" domain={[0, 100]} tick={TICK} tickFormatter={(v: number) => t('stats.percent', { value: v })} />
                <YAxis type="category" dataKey="label" width={labelWidth} tick={TICK} interval={0} />
                <Tooltip formatter={(value) => [t('stats.percent', { value: Number(value) }), t('stats.completionRate')]} />
                <Bar dataKey="rate" name={t('stats.rate')} fill={BAR_COLOUR} isAnimationActive={false} maxBarSize={24} />
              </BarChart>
            )}
            table={
              <FigureTable
                caption={t('stats.chart')}
                head={
                  <Table.Tr>
                    <Table.Th scope="col">{t('stats.organisation')}</Table.Th>
                    <Table.Th scope="col" {...NUMBER}>
                      {t('stats.enrolled')}
                    </Table.Th>
                    <Table.Th scope="col" {...NUMBER}>
                      {t('stats.completed')}
                    </Table.Th>
                    <Table.Th scope="col" {...NUMBER}>
                      {t('stats.completionRate')}
                    </Table.Th>
                    {quizzes.map((q) => (
                      <Table.Th key={q} scope="col" {...NUMBER}>
                        {t('stats.quizScore', { lesson: lessonTitle(q) })}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                }
              >
                {rows.map((r) => (
                  <Table.Tr key={r.orgId} data-testid="stats-row">
                    <Table.Th scope="row" fw={400}>
                      {r.orgName}
                    </Table.Th>
                    <Table.Td {...NUMBER}>{r.enrolled}</Table.Td>
                    <Table.Td {...NUMBER}>{r.completed}</Table.Td>
                    <Table.Td {...NUMBER}>{percent(r.rate)}</Table.Td>
                    {quizzes.map((q) => (
                      <Table.Td key={q} {...NUMBER}>
                        {percent(r.scores[q] ?? null)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </FigureTable>
            }
          />
        )}
      </Stack>
    </>
  );
}
