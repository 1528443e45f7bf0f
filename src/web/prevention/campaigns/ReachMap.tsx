/**
 * The cities on a map: country outlines from Natural Earth (world-atlas, loaded only when a map is
 * drawn: a chunk of its own), an equirectangular projection fitted to the cities, one circle per
 * city whose area follows the people reached. No tiles, nothing from outside the app. It is an
 * image with a summary for screen readers; the table of the figure holds every number.
 */
import { Box, List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Feature, Geometry } from 'geojson';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BAR_COLOUR, TEXT_COLOUR } from '../../hotline/figures/charts.js';
import { circleRadius, fitProjection, geometryPath } from './map.js';

export interface MapCity {
  readonly key: string;
  readonly name: string;
  readonly reached: number;
  readonly latitude: number | null;
  readonly longitude: number | null;
}

async function loadCountries(): Promise<Feature<Geometry>[]> {
  const [{ feature }, atlas] = await Promise.all([import('topojson-client'), import('world-atlas/countries-110m.json', { with: { type: 'json' } })]);
  const topology = (atlas as { default?: unknown }).default ?? atlas;
  const world = topology as unknown as Topology<{ countries: GeometryCollection }>;
  return feature(world, world.objects.countries).features;
}

export function ReachMap({ cities, formatNumber, summary }: { cities: readonly MapCity[]; formatNumber: (n: number) => string; summary: string }) {
  const { t } = useTranslation('campaigns');
  const countries = useQuery({ queryKey: ['world-atlas', '110m'], queryFn: loadCountries, staleTime: Infinity, gcTime: Infinity });
  const placed = useMemo(
    () => cities.filter((c): c is MapCity & { latitude: number; longitude: number } => c.latitude !== null && c.longitude !== null),
    [cities],
  );
  const unplaced = cities.filter((c) => c.latitude === null || c.longitude === null);
  const projection = useMemo(() => fitProjection(placed), [placed]);
  const outlines = useMemo(
    () => (countries.data ?? []).map((f, i) => ({ key: String(f.id ?? i), d: geometryPath(f.geometry, projection) })).filter((o) => o.d),
    [countries.data, projection],
  );
  const largest = Math.max(0, ...placed.map((c) => c.reached));
  // The largest circles first, so that the small ones stay on top and visible.
  const circles = [...placed].sort((a, b) => b.reached - a.reached);

  return (
    <Box data-testid="reach-map">
      {placed.length ? (
        <svg
          viewBox={`0 0 ${projection.width} ${projection.height}`}
          role="img"
          aria-label={summary}
          style={{ width: '100%', height: 'auto', display: 'block', background: '#dbe7f3', borderRadius: 4 }}
          data-testid="reach-map-svg"
        >
          <g fill="#f8f9fa" stroke="#868e96" strokeWidth={0.6} strokeLinejoin="round">
            {outlines.map((o) => (
              <path key={o.key} d={o.d} />
            ))}
          </g>
          {circles.map((c) => {
            const [x, y] = projection.project(c.longitude, c.latitude);
            const r = circleRadius(c.reached, largest);
            return (
              <g key={c.key} data-testid="map-city" data-city={c.name}>
                <circle cx={x} cy={y} r={r} fill={BAR_COLOUR} fillOpacity={0.55} stroke={BAR_COLOUR} strokeWidth={1.5} />
                <text
                  x={x + r + 4}
                  y={y + 4}
                  fontSize={13}
                  fill={TEXT_COLOUR}
                  stroke="#ffffff"
                  strokeWidth={3}
                  paintOrder="stroke"
                  style={{ fontFamily: 'inherit' }}
                >
                  {`${c.name} ${formatNumber(c.reached)}`}
                </text>
              </g>
            );
          })}
        </svg>
      ) : null}
      {unplaced.length ? (
        <Box mt="xs" data-testid="unplaced-cities">
          <Text size="sm" fw={600}>
            {t('map.unplaced')}
          </Text>
          <List size="sm">
            {unplaced.map((c) => (
              <List.Item key={c.key}>{t('map.unplacedCity', { city: c.name, reached: formatNumber(c.reached) })}</List.Item>
            ))}
          </List>
        </Box>
      ) : null}
    </Box>
  );
}
