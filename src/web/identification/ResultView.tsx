import { Alert, Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NextStep } from '../../core/identification/engine.js';
import type { InstrumentId } from '../../core/identification/instrument.js';
import { useFormat } from '../i18n/format.js';
import { type DimensionSummary, type ResultLike, summarise, type Verdict } from './summary.js';
import { useInstrumentTexts } from './texts.js';

const VERDICT_COLOUR: Record<Verdict, string> = { 'presumed-victim': 'red.9', open: 'blue.9', 'not-indicated': 'gray.8' };

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation('identification');
  return (
    <Badge color={VERDICT_COLOUR[verdict]} variant="filled" size="lg" data-testid="verdict">
      {t(`verdict.${verdict}`)}
    </Badge>
  );
}

export const verdictOf = (r: Pick<ResultLike, 'presumedVictim' | 'settled'>): Verdict =>
  r.presumedVictim ? 'presumed-victim' : r.settled ? 'not-indicated' : 'open';

interface ResultViewProps {
  instrumentId: InstrumentId;
  result: ResultLike;
  personId: string | null;
  caseId: string | null;
}

/** The verdict, what it rests on, what could change it, and what to do next; headed by level 2. */
export function ResultView({ instrumentId, result, personId, caseId }: ResultViewProps) {
  const { t } = useTranslation('identification');
  const format = useFormat();
  const texts = useInstrumentTexts();
  const s = summarise(result);
  const dimensionTitle = (id: DimensionSummary['id']) => texts.dimensions[id].title;

  return (
    <Stack gap="md" data-testid="screening-result">
      <Card withBorder padding="md">
        <Stack gap="xs">
          <Group gap="sm">
            <Title order={2} size="h3" id="step-title" tabIndex={-1}>
              {t('result.title')}
            </Title>
            <VerdictBadge verdict={s.verdict} />
          </Group>
          <Text fw={600}>{t(`result.verdictText.${s.verdict}`, { count: s.couldChange })}</Text>
          <Text size="sm">{t('result.dimensionsPresent', { count: s.presentCount, total: s.dimensions.length })}</Text>
          {s.missingGroups.length > 0 ? (
            <Text size="sm" data-testid="still-needed">
              {t('result.stillNeeded', {
                dimensions: format.list(
                  s.missingGroups.map((g) => (g.length === 1 ? dimensionTitle(g[0]!) : t('result.oneOf', { dimensions: g.map(dimensionTitle).join(' / ') }))),
                ),
              })}
            </Text>
          ) : null}
          <Text size="sm">{t('result.unknown', { count: s.unknown })}</Text>
          <Alert color="blue" variant="light" data-testid="disclaimer">
            {t('result.disclaimer')}
          </Alert>
        </Stack>
      </Card>

      <section aria-labelledby="result-dimensions">
        <Title order={3} size="h4" id="result-dimensions" mb="xs">
          {t('result.dimensions')}
        </Title>
        <Stack gap="xs">
          {s.dimensions.map((d) => (
            <Card key={d.id} withBorder padding="sm" data-testid={`dimension-${d.id}`}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Text fw={600}>{dimensionTitle(d.id)}</Text>
                <Badge color={d.present ? 'teal.9' : 'gray.7'} variant={d.present ? 'filled' : 'outline'}>
                  {d.present ? t('result.present') : t('result.absent')}
                </Badge>
              </Group>
              {d.yes.length > 0 ? (
                <>
                  <Text size="sm" mt={4}>
                    {d.present ? t('result.because') : t('result.yesSoFar')}
                  </Text>
                  <List size="sm">
                    {d.yes.map((id) => (
                      <List.Item key={id}>{texts.indicators[instrumentId][id]?.text ?? id}</List.Item>
                    ))}
                  </List>
                </>
              ) : (
                <Text size="sm" c="dimmed" mt={4}>
                  {t('result.noneYes')}
                </Text>
              )}
              {!d.present && d.shortfall.length > 0 ? (
                <Text size="sm" mt={4}>
                  {d.couldBePresent
                    ? t('result.missing', { parts: format.list(d.shortfall.map((p) => t(`result.${p.strength}`, { count: p.count }))) })
                    : t('result.cannotBePresent')}
                </Text>
              ) : null}
            </Card>
          ))}
        </Stack>
      </section>

      <section aria-labelledby="result-next-steps">
        <Title order={3} size="h4" id="result-next-steps" mb="xs">
          {t('result.nextSteps')}
        </Title>
        <List spacing="xs" data-testid="next-steps">
          {s.nextSteps.map((step) => (
            <List.Item key={step}>
              {t(`result.steps.${step}`)}
              <StepLink step={step} personId={personId} caseId={caseId} />
            </List.Item>
          ))}
        </List>
      </section>
    </Stack>
  );
}

function StepLink({ step, personId, caseId }: { step: NextStep; personId: string | null; caseId: string | null }) {
  const { t } = useTranslation('identification');
  // The reflection period is started on the case: linked only when there is one.
  if (step !== 'open-or-update-case' && !(step === 'start-reflection-period' && caseId)) return null;
  const [to, label] = caseId
    ? [`/cases/${caseId}`, t('result.goToCase')]
    : personId
      ? [`/persons/${personId}`, t('result.goToPerson')]
      : [`/persons/new`, t('result.recordPerson')];
  return (
    <>
      {' · '}
      <Anchor component={Link} to={to}>
        {label}
      </Anchor>
    </>
  );
}
