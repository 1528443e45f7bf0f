/**
 * The four stages of the funnel, told apart by colour and by texture (solid, stripes, dots,
 * cross-hatch), so that the colour is never the only clue. Every colour has at least 3:1 against
 * white, and each bar is outlined in its full colour.
 */
import { Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGES, type Stage } from './series.js';

export const STAGE_COLOURS: Record<Stage, string> = {
  identified: '#364fc7', // indigo 9
  engaged: '#0b7285', // cyan 9
  visited: '#c2255c', // pink 8
  caseOpened: '#2b8a3e', // green 9
};

/** A prefix for one chart's pattern ids, safe inside `url(#...)`. */
export function usePatternPrefix(): string {
  return `stages-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

export function patternId(prefix: string, stage: Stage): string {
  return `${prefix}-${stage}`;
}

export function stageFill(prefix: string, stage: Stage): string {
  return `url(#${patternId(prefix, stage)})`;
}

function Texture({ stage }: { stage: Stage }) {
  const colour = STAGE_COLOURS[stage];
  switch (stage) {
    case 'identified':
      return <rect width="8" height="8" fill={colour} />;
    case 'engaged':
      return (
        <>
          <rect width="8" height="8" fill={colour} />
          <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#ffffff" strokeWidth="1.5" />
        </>
      );
    case 'visited':
      return (
        <>
          <rect width="8" height="8" fill={colour} />
          <circle cx="4" cy="4" r="1.6" fill="#ffffff" />
        </>
      );
    case 'caseOpened':
      return (
        <>
          <rect width="8" height="8" fill={colour} />
          <path d="M0,4 h8 M4,0 v8" stroke="#ffffff" strokeWidth="1.2" />
        </>
      );
  }
}

/** The textures, once per chart (ids made unique by `prefix`), in an svg that takes no room and is not read. */
export function StagePatterns({ prefix }: { prefix: string }) {
  return (
    <svg aria-hidden="true" focusable="false" width="0" height="0" style={{ position: 'absolute', overflow: 'hidden' }} data-testid="stage-patterns">
      <defs>
        {STAGES.map((stage) => (
          <pattern key={stage} id={patternId(prefix, stage)} width="8" height="8" patternUnits="userSpaceOnUse">
            <Texture stage={stage} />
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

/** Which texture is which stage (the chart's own legend, in HTML so that it wraps on a phone). */
export function StageLegend({ prefix }: { prefix: string }) {
  const { t } = useTranslation('hotlineFigures');
  return (
    <Group component="ul" gap="md" aria-label={t('funnel.legend')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {STAGES.map((stage) => (
        <Group component="li" key={stage} gap={6} wrap="nowrap">
          <svg aria-hidden="true" focusable="false" width="16" height="16" data-testid="legend-swatch">
            <rect x="0.5" y="0.5" width="15" height="15" fill={stageFill(prefix, stage)} stroke={STAGE_COLOURS[stage]} />
          </svg>
          <Text size="sm">{t(`funnel.stages.${stage}`)}</Text>
        </Group>
      ))}
    </Group>
  );
}
