import { Button, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { instrumentIdOf } from './summary.js';
import { useInstrumentTexts } from './texts.js';

export type Population = 'adult' | 'child';
export type Exploitation = 'labour' | 'sexual';

interface SetChooserProps {
  population: Population;
  exploitation: Exploitation;
  /** Why the population is preselected (from the person's recorded age), if it is. */
  reason: string | null;
  onPopulation: (p: Population) => void;
  onExploitation: (e: Exploitation) => void;
  onStart: () => void;
}

/** Adult or child, labour or sexual exploitation: the four sets, each with its description. */
export function SetChooser({ population, exploitation, reason, onPopulation, onExploitation, onStart }: SetChooserProps) {
  const { t } = useTranslation('identification');
  const texts = useInstrumentTexts();
  const chosen = instrumentIdOf(population, exploitation);
  return (
    <Stack gap="md" maw={640}>
      <Title order={2} size="h3">
        {t('new.chooseSet')}
      </Title>
      <Stack gap={4}>
        <Text fw={600} id="choose-population">
          {t('new.population')}
        </Text>
        <SegmentedControl
          aria-labelledby="choose-population"
          size="lg"
          fullWidth
          value={population}
          onChange={(v) => onPopulation(v as Population)}
          data={[
            { value: 'adult', label: t('new.adult') },
            { value: 'child', label: t('new.child') },
          ]}
        />
        {reason ? (
          <Text size="sm" data-testid="population-reason">
            {reason}
          </Text>
        ) : null}
      </Stack>
      <Stack gap={4}>
        <Text fw={600} id="choose-exploitation">
          {t('new.exploitation')}
        </Text>
        <SegmentedControl
          aria-labelledby="choose-exploitation"
          size="lg"
          fullWidth
          value={exploitation}
          onChange={(v) => onExploitation(v as Exploitation)}
          data={[
            { value: 'labour', label: t('new.labour') },
            { value: 'sexual', label: t('new.sexual') },
          ]}
        />
      </Stack>
      <div>
        <Text fw={600}>{texts.instruments[chosen].title}</Text>
        <Text size="sm">{texts.instruments[chosen].description}</Text>
      </div>
      <Button size="lg" onClick={onStart} data-testid="start-screening">
        {t('new.start')}
      </Button>
    </Stack>
  );
}
