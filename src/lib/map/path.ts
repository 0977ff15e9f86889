/**
 * Compact SVG path data for projected shapes. d3's own string output (even with .digits()) keeps
 * every vertex of the source data; at 960 px many of them land on the same rounded point. This
 * context snaps each vertex to a grid of 1/precision viewBox units, then drops repeated and
 * collinear points and rings too small to see, and writes relative `l` commands (short numbers).
 *
 * Snapping to a fixed grid (rather than dropping points by distance) matters: a border shared by
 * two countries is traced once in each direction, and a grid snap is the same either way, so the
 * neighbours' edges still meet exactly. Dropping a collinear point never changes the drawn line. Thinning
 * by area, where a map asks for it, is done before, on the arcs the neighbours share (data.ts).
 */
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/** `0.5` → `.5`, `-0.5` → `-.5`: valid SVG numbers, one byte shorter. */
function num(units: number, precision: number): string {
  return String(units / precision).replace(/^(-?)0\./, '$1.');
}

/** Join numbers, using the minus sign as the separator where there is one. */
function join(values: string[]): string {
  let s = '';
  for (const v of values) s += s === '' || v.startsWith('-') ? v : ` ${v}`;
  return s;
}

function ringToPath(points: number[][], precision: number, minArea: number): string {
  // Repeated points (several vertices on one grid cell) go; so does a closing copy of the start.
  let pts = points.filter((p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1]);
  while (pts.length > 1 && pts[0]![0] === pts.at(-1)![0] && pts[0]![1] === pts.at(-1)![1]) pts.pop();
  // A point exactly on the line between its neighbours adds nothing (e.g. along the clip edge).
  pts = pts.filter((p, i) => {
    const a = pts[(i - 1 + pts.length) % pts.length]!;
    const b = pts[(i + 1) % pts.length]!;
    return (p[0]! - a[0]!) * (b[1]! - a[1]!) !== (p[1]! - a[1]!) * (b[0]! - a[0]!);
  });
  if (pts.length < 3) return '';
  let twiceArea = 0;
  pts.forEach((p, i) => {
    const q = pts[(i + 1) % pts.length]!;
    twiceArea += p[0]! * q[1]! - q[0]! * p[1]!;
  });
  if (Math.abs(twiceArea) / 2 / (precision * precision) < minArea) return '';
  const [x0, y0] = pts[0]!;
  const rel: string[] = [];
  for (let i = 1; i < pts.length; i++) {
    rel.push(num(pts[i]![0]! - pts[i - 1]![0]!, precision), num(pts[i]![1]! - pts[i - 1]![1]!, precision));
  }
  return `M${join([num(x0!, precision), num(y0!, precision)])}l${join(rel)}z`;
}

/**
 * Path data (`d`) for a projected polygon feature, or '' if nothing of it is visible.
 * `precision` 10 rounds to 0.1 viewBox units; `minArea` is in square viewBox units.
 */
export function pathData(projection: GeoProjection, object: GeoPermissibleObjects, precision: number, minArea: number): string {
  let out = '';
  let ring: number[][] = [];
  const flush = () => {
    if (ring.length) out += ringToPath(ring, precision, minArea);
    ring = [];
  };
  const context = {
    moveTo(x: number, y: number) {
      flush();
      ring.push([Math.round(x * precision), Math.round(y * precision)]);
    },
    lineTo(x: number, y: number) {
      ring.push([Math.round(x * precision), Math.round(y * precision)]);
    },
    closePath() {
      flush();
    },
    // Only called for Point geometries, which are never passed here.
    arc() {},
    beginPath() {},
  };
  geoPath(projection, context).pointRadius(0)(object);
  flush();
  return out;
}
