/**
 * The reach map's geometry, pure: an equirectangular projection fitted to the cities' bounding box
 * (with a margin, and never narrower than a few degrees, so one city is not a whole screen), SVG
 * paths of country outlines, and circles whose area is proportional to the people reached.
 */
import type { Geometry, Position } from 'geojson';

export interface LonLat {
  readonly longitude: number;
  readonly latitude: number;
}

export interface Box {
  readonly west: number;
  readonly east: number;
  readonly south: number;
  readonly north: number;
}

export interface Projection {
  /** The map's size in SVG units. */
  readonly width: number;
  readonly height: number;
  /** The part of the world shown. */
  readonly box: Box;
  project(longitude: number, latitude: number): [number, number];
}

export interface FitOptions {
  /** The map's width in SVG units; its height follows the box (between minHeight and maxHeight). */
  readonly width: number;
  readonly minHeight: number;
  readonly maxHeight: number;
  /** Added on every side, as a fraction of the box's span. */
  readonly margin: number;
  /** The narrowest span shown, in degrees. */
  readonly minSpan: number;
}

export const DEFAULT_FIT: FitOptions = { width: 800, minHeight: 280, maxHeight: 460, margin: 0.15, minSpan: 6 };

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The smallest box around the points, widened by the margin and to the narrowest span; inside the world. */
export function boundingBox(points: readonly LonLat[], margin: number, minSpan: number): Box {
  if (points.length === 0) return { west: -180, east: 180, south: -60, north: 80 };
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const p of points) {
    west = Math.min(west, p.longitude);
    east = Math.max(east, p.longitude);
    south = Math.min(south, p.latitude);
    north = Math.max(north, p.latitude);
  }
  const widen = (low: number, high: number, limitLow: number, limitHigh: number): [number, number] => {
    const span = Math.max(high - low, minSpan / (1 + 2 * margin));
    const centre = (low + high) / 2;
    const half = (span * (1 + 2 * margin)) / 2;
    let from = centre - half;
    let to = centre + half;
    // Shift back inside the world rather than cut off a side.
    if (from < limitLow) [from, to] = [limitLow, Math.min(limitHigh, to + (limitLow - from))];
    if (to > limitHigh) [from, to] = [Math.max(limitLow, from - (to - limitHigh)), limitHigh];
    return [from, to];
  };
  const [w, e] = widen(west, east, -180, 180);
  const [s, n] = widen(south, north, -90, 90);
  return { west: w, east: e, south: s, north: n };
}

/**
 * An equirectangular projection of the box onto the map: one scale for both axes (degrees of
 * longitude are shortened by the cosine of the box's middle latitude, so that places far from the
 * equator are not stretched sideways), the box centred in the map.
 */
export function fitProjection(points: readonly LonLat[], options: FitOptions = DEFAULT_FIT): Projection {
  const box = boundingBox(points, options.margin, options.minSpan);
  const middle = ((box.south + box.north) / 2) * (Math.PI / 180);
  const stretch = Math.max(0.2, Math.cos(middle));
  const spanX = (box.east - box.west) * stretch;
  const spanY = box.north - box.south;
  const height = Math.round(clamp((options.width * spanY) / spanX, options.minHeight, options.maxHeight));
  const scale = Math.min(options.width / spanX, height / spanY);
  const offsetX = (options.width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const centreLon = (box.west + box.east) / 2;
  return {
    width: options.width,
    height,
    box,
    project(longitude, latitude) {
      // Wrap a longitude to the side of the antimeridian the box is on.
      let lon = longitude;
      while (lon - centreLon > 180) lon -= 360;
      while (lon - centreLon < -180) lon += 360;
      return [offsetX + (lon - box.west) * stretch * scale, offsetY + (box.north - latitude) * scale];
    },
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

function ringPath(ring: readonly Position[], projection: Projection): string {
  let out = '';
  let last = '';
  // A ring ends where it starts: `Z` closes it, the last position is not needed.
  const first = ring[0];
  const end = ring.length > 1 && first && ring[ring.length - 1]?.[0] === first[0] && ring[ring.length - 1]?.[1] === first[1] ? ring.length - 1 : ring.length;
  for (let i = 0; i < end; i++) {
    const position = ring[i];
    if (!position) continue;
    const [x, y] = projection.project(position[0] ?? 0, position[1] ?? 0);
    const point = `${round(x)},${round(y)}`;
    if (point === last) continue;
    out += `${out ? 'L' : 'M'}${point}`;
    last = point;
  }
  return out ? `${out}Z` : '';
}

/** Rings that cannot be seen on the map (wholly outside it) are left out, to keep the SVG small. */
function ringVisible(ring: readonly Position[], box: Box): boolean {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const p of ring) {
    const lon = p[0] ?? 0;
    const lat = p[1] ?? 0;
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return !(east < box.west || west > box.east || north < box.south || south > box.north);
}

/** The SVG path of a country's outline (polygons and multipolygons; other geometries draw nothing). */
export function geometryPath(geometry: Geometry | null, projection: Projection): string {
  if (!geometry) return '';
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons
    .filter((polygon) => polygon[0] && ringVisible(polygon[0], projection.box))
    .flatMap((polygon) => polygon.map((ring) => ringPath(ring, projection)))
    .join('');
}

/** A circle's radius: its area proportional to the value, the largest `max`, any value above zero at least `min`. */
export function circleRadius(value: number, largest: number, max = 28, min = 4): number {
  if (value <= 0 || largest <= 0) return min / 2;
  return Math.max(min, max * Math.sqrt(value / largest));
}
