import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../core/identification/engine.js';
import { ANSWERS, type Answer, type DimensionDefinition, type InstrumentId, type Strength } from '../../core/identification/instrument.js';
import { useInstrumentTexts } from './texts.js';

const STRENGTH_COLOUR: Record<Strength, string> = { strong: 'red.9', medium: 'blue.9', weak: 'gray.8' };

interface DimensionStepProps {
  instrumentId: InstrumentId;
  dimension: DimensionDefinition;
  answers: Answers;
  onAnswer: (indicatorId: string, answer: Answer) => void;
}

/** One dimension's indicators, each with its question, its guidance behind a disclosure, and three big answer buttons. */
export function DimensionStep({ instrumentId, dimension, answers, onAnswer }: DimensionStepProps) {
  const texts = useInstrumentTexts();
  const d = texts.dimensions[dimension.id];
  return (
    <Stack gap="sm">
      <Title order={2} size="h3" id="step-title" tabIndex={-1}>
        {d.title}
      </Title>
      <Text size="sm">{d.description}</Text>
      {dimension.indicators.map((indicator) => (
        <IndicatorCard
          key={indicator.id}
          id={indicator.id}
          strength={indicator.strength}
          texts={texts.indicators[instrumentId][indicator.id]}
          answer={answers[indicator.id]}
          onAnswer={(answer) => onAnswer(indicator.id, answer)}
        />
      ))}
    </Stack>
  );
}

interface IndicatorCardProps {
  id: string;
  strength: Strength;
  texts: { text: string; question: string; guidance: string } | undefined;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
}

function IndicatorCard({ id, strength, texts, answer, onAnswer }: IndicatorCardProps) {
  const { t } = useTranslation('identification');
  const labelId = `indicator-${id}`;
  return (
    <Card withBorder padding="sm" data-testid={labelId}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text fw={600} id={labelId}>
            {texts?.text ?? id}
          </Text>
          <Badge color={STRENGTH_COLOUR[strength]} variant="outline" style={{ flexShrink: 0 }}>
            {t(`indicator.${strength}`)}
          </Badge>
        </Group>
        {texts ? (
          <>
            <Text size="sm">
              <Text span fw={600}>
                {t('indicator.ask')}
              </Text>{' '}
              {texts.question}
            </Text>
            <details>
              <Text component="summary" size="sm" c="blue.9" style={{ cursor: 'pointer', minHeight: 24 }}>
                {t('indicator.guidance')}
              </Text>
              <Text size="sm" mt={4}>
                {texts.guidance}
              </Text>
            </details>
          </>
        ) : null}
        <Group gap="xs" grow role="group" aria-labelledby={labelId}>
          {ANSWERS.map((option) => (
            <Button
              key={option}
              size="md"
              mih={48}
              variant={answer === option ? 'filled' : 'default'}
              color={option === 'yes' ? 'red.9' : option === 'no' ? 'teal.9' : 'gray.8'}
              aria-pressed={answer === option}
              onClick={() => onAnswer(option)}
            >
              {t(`indicator.${option}`)}
            </Button>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}
