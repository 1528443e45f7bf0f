import { Alert, Anchor, Badge, Box, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { type RecommendationView, STATUSES } from '../../core/advocacy/recommendation.js';
import { isApiError } from '../api/client.js';
import { useErrorText } from '../app/form.js';
import { SuccessNote } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { TableView } from '../app/ui/TableView.js';
import { localDate } from '../data/dashboard/filters.js';
import { FigureTable } from '../hotline/figures/ChartFigure.js';
import { GRID_COLOUR, imageProps, TEXT_COLOUR } from '../hotline/figures/charts.js';
import { documentUrl, useRecommendation, useSources } from './api.js';
import { useAdvocacyLabels } from './labels.js';
import { STATUS_FILLS, statusPoints } from './logic.js';
import { RecommendationModal } from './RecommendationModal.js';
import { StatusBadge } from './StatusBadge.js';
import { StatusForm } from './StatusForm.js';

/** `/advocacy/recommendations/:id`: one recommendation, its status history with evidence, and its status over time. */
export function RecommendationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('advocacy');
  const errorText = useErrorText();
  const recommendation = useRecommendation(id);
  const sources = useSources();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const back = (
    <Anchor component={Link} to="/advocacy" size="sm" mb="xs" display="inline-block">
      {t('detail.back')}
    </Anchor>
  );
  if (recommendation.isPending) return <PageLoader />;
  if (recommendation.error) {
    return (
      <>
        {back}
        <PageHeader title={t('detail.notFoundTitle')} />
        <Alert color="red" role="alert">
          {isApiError(recommendation.error, 'not_found') ? t('detail.notFound') : errorText(recommendation.error)}
        </Alert>
      </>
    );
  }
  const r = recommendation.data;
  return (
    <>
      {back}
      <PageHeader
        title={r.reference ? t('detail.title', { source: r.source.name, reference: r.reference }) : r.source.name}
        intro={t('detail.by', { organisation: r.orgName })}
        actions={
          r.editable && sources.data ? (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('detail.edit')}
            </Button>
          ) : null
        }
      />
      <SuccessNote message={saved} mb="md" />
      <Stack gap="lg">
        <Summary r={r} />
        <StatusChart r={r} />
        {r.editable ? <StatusForm recommendation={r} onSaved={() => setSaved(t('update.saved'))} /> : null}
        <History r={r} />
      </Stack>
      {editing && sources.data ? (
        <RecommendationModal
          sources={sources.data.items}
          existing={r}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setSaved(t('form.saved'));
          }}
        />
      ) : null}
    </>
  );
}

function Summary({ r }: { r: RecommendationView }) {
  const { t } = useTranslation('advocacy');
  const labels = useAdvocacyLabels();
  const item = (label: string, value: React.ReactNode) => (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {value}
      </Text>
    </div>
  );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('detail.summary')}>
      <Stack gap="md">
        <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="recommendation-text">
          {r.text}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} component="dl" m={0}>
          {item(
            t('detail.status'),
            <Group gap={6} component="span">
              <StatusBadge status={r.status} />
              <Text span size="sm">
                {t('detail.since', { date: labels.day(r.statusSince) })}
              </Text>
            </Group>,
          )}
          {item(t('detail.source'), `${r.source.name} (${labels.sourceKind(r.source.kind)})`)}
          {item(t('detail.country'), labels.country(r.country))}
          {item(t('detail.themes'), r.themes.map((x) => labels.theme(x)).join(', '))}
          {item(t('detail.authority'), r.responsibleAuthority || '—')}
          {item(
            t('detail.deadline'),
            r.deadline ? (
              <Group gap={6} component="span">
                <span>{labels.day(r.deadline)}</span>
                {r.overdue ? (
                  <Badge color="red.9" variant="filled" data-testid="overdue">
                    {t('detail.overdue')}
                  </Badge>
                ) : null}
              </Group>
            ) : (
              t('detail.noDeadline')
            ),
          )}
          {item(t('detail.issuedOn'), labels.day(r.issuedOn))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** This recommendation's status over time, as a step line, with the changes as a table. */
function StatusChart({ r }: { r: RecommendationView }) {
  const { t } = useTranslation('advocacy');
  const labels = useAdvocacyLabels();
  const htmlId = useId();
  const [shown, setShown] = useState(false);
  const points = statusPoints(r.issuedOn, r.history, localDate(new Date()));
  const data = points.map((p) => ({ ...p, time: Date.parse(`${p.date}T00:00:00Z`) }));
  const title = t('chart.title');
  const table = (
    <FigureTable
      caption={title}
      head={
        <Table.Tr>
          <Table.Th scope="col">{t('chart.date')}</Table.Th>
          <Table.Th scope="col">{t('chart.status')}</Table.Th>
        </Table.Tr>
      }
    >
      {[{ date: r.issuedOn, status: 'not-started' as const, id: 'issued' }, ...r.history].map((h) => (
        <Table.Tr key={h.id}>
          <Table.Th scope="row" fw={400}>
            {labels.day(h.date)}
          </Table.Th>
          <Table.Td>{h.id === 'issued' ? t('chart.issued', { status: labels.status(h.status) }) : labels.status(h.status)}</Table.Td>
        </Table.Tr>
      ))}
    </FigureTable>
  );
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={`${htmlId}-title`} data-testid="status-chart">
      <Stack gap="xs">
        <Title order={2} size="h4" id={`${htmlId}-title`}>
          {title}
        </Title>
        <Box w="100%">
          <LineChart
            {...imageProps(t('chart.label', { count: r.history.length }))}
            data={data}
            responsive
            style={{ width: '100%', height: 200 }}
            margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
          >
            <CartesianGrid stroke={GRID_COLOUR} />
            <XAxis
              dataKey="time"
              type="number"
              scale="time"
              domain={['dataMin', 'dataMax']}
              tick={{ fill: TEXT_COLOUR, fontSize: 12 }}
              tickFormatter={(v: number) => labels.month(new Date(v).toISOString().slice(0, 7))}
            />
            <YAxis
              type="number"
              domain={[0, STATUSES.length - 1]}
              ticks={STATUSES.map((_, i) => i)}
              width={150}
              tick={{ fill: TEXT_COLOUR, fontSize: 12 }}
              tickFormatter={(v: number) => labels.status(STATUSES[v] ?? 'not-started')}
            />
            <Tooltip
              labelFormatter={(v) => labels.day(new Date(Number(v)).toISOString().slice(0, 10))}
              formatter={(value) => [labels.status(STATUSES[Number(value)] ?? 'not-started'), t('chart.status')]}
            />
            <Line type="stepAfter" dataKey="level" stroke={STATUS_FILLS['in-progress']} strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
          </LineChart>
        </Box>
        <TableView
          id={htmlId}
          title={title}
          table={table}
          shown={shown}
          onToggle={() => setShown((v) => !v)}
          showLabel={t('progress.showTable')}
          hideLabel={t('progress.hideTable')}
        />
      </Stack>
    </Paper>
  );
}

function History({ r }: { r: RecommendationView }) {
  const { t } = useTranslation('advocacy');
  const labels = useAdvocacyLabels();
  const format = labels;
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="history-heading" data-testid="history">
      <Stack gap="sm">
        <Title order={2} size="h4" id="history-heading">
          {t('history.title')}
        </Title>
        {r.history.length === 0 ? (
          <Text c="dimmed">{t('history.empty')}</Text>
        ) : (
          <Timeline active={r.history.length - 1} bulletSize={16} lineWidth={2} component="ol" style={{ paddingLeft: 0 }}>
            {[...r.history].reverse().map((h) => (
              <Timeline.Item key={h.id} component="li" data-testid="history-item" title={<Text fw={600}>{labels.day(h.date)}</Text>}>
                <Group gap={6} mt={4}>
                  <Text size="sm">{t('history.change', { from: labels.status(h.previous), to: labels.status(h.status) })}</Text>
                  <StatusBadge status={h.status} />
                </Group>
                {h.evidence ? (
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                    {h.evidence}
                  </Text>
                ) : null}
                {h.documents.length ? (
                  <Stack gap={2} mt={4}>
                    {h.documents.map((d) => (
                      <Anchor key={d.id} href={documentUrl(r.id, h.id, d.id)} size="sm" download>
                        {t('history.document', { name: d.name, size: format.number(Math.max(1, Math.round(d.size / 1024))) })}
                      </Anchor>
                    ))}
                  </Stack>
                ) : null}
                <Text size="xs" c="dimmed" mt={4}>
                  {t('history.recorded', { name: h.recordedBy || '—', date: labels.day(h.recordedAt.slice(0, 10)) })}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Paper>
  );
}
