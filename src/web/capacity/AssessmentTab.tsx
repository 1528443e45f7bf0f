import { Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { type AssessmentView, assessmentRequest, CAPACITY_AREAS, type CapacityArea, MAX_PRIORITIES } from '../../core/capacity/capacity.js';
import { useErrorText } from '../app/form.js';
import { FormAlert, SuccessNote } from '../app/ui/FormAlert.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { TableView } from '../app/ui/TableView.js';
import { GRID_COLOUR, imageProps, TEXT_COLOUR } from '../hotline/figures/charts.js';
import { useFormat } from '../i18n/format.js';
import { useAssessments, useSaveAssessment } from './api.js';
import { useCapacityLabels } from './labels.js';

/** Line colours with enough contrast on white, repeated with dashes past eight. */
const LINE_COLOURS = ['#3b5bdb', '#c92a2a', '#2b8a3e', '#862e9c', '#e8590c', '#0b7285', '#5c940d', '#a61e4d'];

interface Values {
  ratings: Record<string, string>;
  notes: Record<string, string>;
  priorities: string[];
  languages: string[];
}

function valuesOf(a: AssessmentView | undefined): Values {
  return {
    ratings: Object.fromEntries((a?.ratings ?? []).map((r) => [r.area, String(r.rating)])),
    notes: Object.fromEntries((a?.ratings ?? []).map((r) => [r.area, r.note])),
    priorities: a?.priorities ?? [],
    languages: a?.languages ?? [],
  };
}

/** Our self-assessment: the form (prefilled with the latest) and the history of ratings per area. */
export function AssessmentTab({ orgId, canWrite }: { orgId: string; canWrite: boolean }) {
  const { t } = useTranslation('capacity');
  const errorText = useErrorText();
  const format = useFormat();
  const labels = useCapacityLabels();
  const history = useAssessments({ orgId });
  const save = useSaveAssessment();
  const latest = history.data?.items[0];
  const [values, setValues] = useState<Values>(() => valuesOf(undefined));
  const [loadedId, setLoadedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (latest && latest.id !== loadedId) {
      setValues(valuesOf(latest));
      setLoadedId(latest.id);
    }
  }, [latest, loadedId]);

  if (history.isPending) return <PageLoader />;

  const submit = () => {
    setError(null);
    setSaved(false);
    const ratings = CAPACITY_AREAS.filter((a) => values.ratings[a]).map((area) => ({
      area,
      rating: Number(values.ratings[area]),
      note: values.notes[area] ?? '',
    }));
    if (ratings.length === 0) return setError(t('assessment.nothingRated'));
    if (values.priorities.length > MAX_PRIORITIES) return setError(t('assessment.tooManyPriorities'));
    const parsed = assessmentRequest.safeParse({ ratings, priorities: values.priorities, languages: values.languages });
    if (!parsed.success) return setError(parsed.error.issues.some((i) => i.path[0] === 'languages') ? t('assessment.badLanguage') : errorText(parsed.error));
    save.mutate(parsed.data, { onSuccess: () => setSaved(true), onError: (e) => setError(errorText(e)) });
  };

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-labelledby="assessment-form-title">
        <Title order={2} size="h3" id="assessment-form-title">
          {t('assessment.formTitle')}
        </Title>
        <Text c="dimmed" size="sm" mb="md">
          {latest ? t('assessment.last', { date: format.date(latest.createdAt) }) : t('assessment.never')}{' '}
          {canWrite ? t('assessment.formIntro') : t('assessment.readOnly')}
        </Text>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
          data-testid="assessment-form"
        >
          <fieldset disabled={!canWrite} style={{ border: 0, padding: 0, margin: 0 }}>
            <Stack gap="xs">
              {CAPACITY_AREAS.map((area) => (
                <SimpleGrid key={area} cols={{ base: 1, sm: 2 }} spacing="sm">
                  <NativeSelect
                    label={labels.area(area)}
                    data={[{ value: '', label: t('assessment.notRated') }, ...[1, 2, 3, 4].map((r) => ({ value: String(r), label: labels.rating(r) }))]}
                    value={values.ratings[area] ?? ''}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      setValues((v) => ({ ...v, ratings: { ...v.ratings, [area]: value } }));
                    }}
                  />
                  <TextInput
                    label={t('assessment.note', { area: labels.area(area) })}
                    maxLength={2000}
                    value={values.notes[area] ?? ''}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      setValues((v) => ({ ...v, notes: { ...v.notes, [area]: value } }));
                    }}
                  />
                </SimpleGrid>
              ))}
              <Checkbox.Group
                label={t('assessment.priorities')}
                description={t('assessment.prioritiesHint')}
                value={values.priorities}
                onChange={(priorities) => setValues((v) => ({ ...v, priorities }))}
                mt="sm"
              >
                <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} mt="xs" spacing="xs">
                  {CAPACITY_AREAS.map((area) => (
                    <Checkbox key={area} value={area} label={labels.area(area)} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
              <TagsInput
                label={t('assessment.languages')}
                description={t('assessment.languagesHint')}
                value={values.languages}
                onChange={(languages) => setValues((v) => ({ ...v, languages: languages.map((l) => l.trim().toLowerCase()) }))}
                maxTags={20}
              />
              <FormAlert message={error} />
              <SuccessNote message={saved ? t('assessment.saved') : null} />
              {canWrite ? (
                <Group justify="flex-end">
                  <Button type="submit" loading={save.isPending}>
                    {t('assessment.submit')}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </fieldset>
        </form>
      </Paper>
      <History items={history.data?.items ?? []} />
    </Stack>
  );
}

/** The ratings of each assessment, oldest first: a line per area, and the same as a table. */
function History({ items }: { items: readonly AssessmentView[] }) {
  const { t } = useTranslation('capacity');
  const format = useFormat();
  const labels = useCapacityLabels();
  const id = useId();
  const [shown, setShown] = useState(false);
  const oldestFirst = [...items].reverse();
  const areas = CAPACITY_AREAS.filter((a) => items.some((x) => x.ratings.some((r) => r.area === a)));
  const data = oldestFirst.map((a) => ({
    label: format.date(a.createdAt),
    ...Object.fromEntries(a.ratings.map((r) => [r.area, r.rating])),
  }));
  const ratingOf = (a: AssessmentView, area: CapacityArea) => a.ratings.find((r) => r.area === area)?.rating;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="assessment-history-title">
      <Title order={2} size="h3" id="assessment-history-title" mb="sm">
        {t('assessment.historyTitle')}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t('assessment.historyEmpty')}</Text>
      ) : (
        <Stack gap="sm">
          <LineChart
            {...imageProps(t('assessment.historyChart'))}
            data={data}
            responsive
            style={{ width: '100%', height: 280 }}
            margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
          >
            <CartesianGrid stroke={GRID_COLOUR} />
            <XAxis dataKey="label" tick={{ fill: TEXT_COLOUR, fontSize: 12 }} />
            <YAxis domain={[1, 4]} ticks={[1, 2, 3, 4]} width={32} tick={{ fill: TEXT_COLOUR, fontSize: 12 }} />
            <Tooltip />
            <Legend wrapperStyle={{ color: TEXT_COLOUR, fontSize: 13 }} />
            {areas.map((area, i) => (
              <Line
                key={area}
                type="monotone"
                dataKey={area}
                name={labels.area(area)}
                stroke={LINE_COLOURS[i % LINE_COLOURS.length]}
                strokeDasharray={i >= LINE_COLOURS.length ? '5 3' : undefined}
                isAnimationActive={false}
                connectNulls
              />
            ))}
          </LineChart>
          <TableView
            id={id}
            title={t('assessment.historyChart')}
            shown={shown}
            onToggle={() => setShown((s) => !s)}
            showLabel={t('assessment.showTable')}
            hideLabel={t('assessment.hideTable')}
            table={
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('assessment.area')}</Table.Th>
                    {oldestFirst.map((a) => (
                      <Table.Th scope="col" key={a.id}>
                        {format.date(a.createdAt)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {areas.map((area) => (
                    <Table.Tr key={area}>
                      <Table.Th scope="row">{labels.area(area)}</Table.Th>
                      {oldestFirst.map((a) => (
                        <Table.Td key={a.id}>{ratingOf(a, area) ?? '–'}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            }
          />
        </Stack>
      )}
    </Paper>
  );
}
