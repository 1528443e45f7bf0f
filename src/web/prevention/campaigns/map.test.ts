import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundingBox, circleRadius, DEFAULT_FIT, fitProjection, geometryPath } from './map.js';

const CHISINAU = { longitude: 28.8638, latitude: 47.0105 };
const BALTI = { longitude: 27.9295, latitude: 47.7617 };

describe('the map of the cities', () => {
  it('fits the box around the cities with a margin and a narrowest span', () => {
    const box = boundingBox([CHISINAU, BALTI], 0.15, 6);
    expect(box.west).toBeLessThan(BALTI.longitude);
    expect(box.east).toBeGreaterThan(CHISINAU.longitude);
    expect(box.east - box.west).toBeCloseTo(6, 5);
    expect(box.north - box.south).toBeCloseTo(6, 5);
    // Far apart cities: the margin is 15% on each side.
    const wide = boundingBox(
      [
        { longitude: 0, latitude: 0 },
        { longitude: 20, latitude: 10 },
      ],
      0.15,
      6,
    );
    expect(wide.west).toBeCloseTo(-3, 5);
    expect(wide.east).toBeCloseTo(23, 5);
    expect(wide.south).toBeCloseTo(-1.5, 5);
    expect(wide.north).toBeCloseTo(11.5, 5);
  });

  it('stays inside the world near its edges', () => {
    const box = boundingBox([{ longitude: 179, latitude: 89 }], 0.15, 6);
    expect(box.east).toBe(180);
    expect(box.north).toBe(90);
    expect(box.east - box.west).toBeCloseTo(6, 5);
  });

  it('shows the whole world when no city has coordinates', () => {
    expect(boundingBox([], 0.15, 6)).toEqual({ west: -180, east: 180, south: -60, north: 80 });
  });

  it('projects every city inside the map, north up and west left', () => {
    const p = fitProjection([CHISINAU, BALTI]);
    const [cx, cy] = p.project(CHISINAU.longitude, CHISINAU.latitude);
    const [bx, by] = p.project(BALTI.longitude, BALTI.latitude);
    expect(bx).toBeLessThan(cx); // Bălți is west of Chișinău
    expect(by).toBeLessThan(cy); // and north of it
    expect(p.width).toBe(DEFAULT_FIT.width);
    expect(p.height).toBeGreaterThanOrEqual(DEFAULT_FIT.minHeight);
    expect(p.height).toBeLessThanOrEqual(DEFAULT_FIT.maxHeight);
  });

  it('keeps any set of cities inside the map (property)', () => {
    const city = fc.record({ longitude: fc.double({ min: -180, max: 180, noNaN: true }), latitude: fc.double({ min: -85, max: 85, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(city, { minLength: 1, maxLength: 12 }), (cities) => {
        const p = fitProjection(cities);
        for (const c of cities) {
          const [x, y] = p.project(c.longitude, c.latitude);
          expect(x).toBeGreaterThanOrEqual(-1e-6);
          expect(x).toBeLessThanOrEqual(p.width + 1e-6);
          expect(y).toBeGreaterThanOrEqual(-1e-6);
          expect(y).toBeLessThanOrEqual(p.height + 1e-6);
        }
      }),
    );
  });

  it('draws polygons as closed paths and leaves out rings outside the map', () => {
    const p = fitProjection([CHISINAU, BALTI]);
    const moldova = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [27, 46],
          [30, 46],
          [30, 48.5],
          [27, 48.5],
          [27, 46],
        ],
      ],
    };
    const far = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [-70, -30],
          [-60, -30],
          [-60, -20],
          [-70, -30],
        ],
      ],
    };
    expect(geometryPath(moldova, p)).toMatch(/^M[\d.-]+,[\d.-]+(L[\d.-]+,[\d.-]+){3}Z$/);
    expect(geometryPath(far, p)).toBe('');
    expect(geometryPath({ type: 'MultiPolygon', coordinates: [moldova.coordinates, far.coordinates] }, p)).toBe(geometryPath(moldova, p));
    expect(geometryPath(null, p)).toBe('');
  });

  it('sizes circles by the square root of the people reached', () => {
    expect(circleRadius(100, 100)).toBe(28);
    expect(circleRadius(25, 100)).toBe(14);
    expect(circleRadius(1, 1_000_000)).toBe(4);
    expect(circleRadius(0, 100)).toBe(2);
  });
});
