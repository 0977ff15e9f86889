/**
 * Label placement, done at build time because there is no DOM to measure text in. Widths are
 * estimated from the font size (see LABEL_FONT_SIZE: the site's CSS must use these sizes for the
 * estimates to hold); boxes are kept inside the viewBox and apart from each other, greedily, in a
 * fixed order, so the result is deterministic.
 */
import { geoContains, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/**
 * Font sizes (viewBox units) the placement assumes: `.map-label` (country names) and
 * `.map-place-label` (names beside markers). CSS: `.map-label { font-size: 11px }`,
 * `.map-place-label { font-size: 10px }` — px inside an SVG are viewBox units, so they scale.
 */
export const LABEL_FONT_SIZE = { country: 11, place: 10 } as const;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Label {
  /** Text position: x is the anchor point, y the baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Advance widths (in em) of a typical sans-serif face (Arial/Helvetica-like metrics, rounded up a
 * little): good enough to keep labels apart and inside their shapes without measuring text.
 */
function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[ilj.,'’ ]/.test(ch)) em += 0.26;
    else if (/[ftrI\-]/.test(ch)) em += 0.36;
    else if (/[mwMW]/.test(ch)) em += 0.86;
    else if (/[A-Z]/.test(ch)) em += 0.7;
    else em += 0.56;
  }
  return em * fontSize;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Boxes already taken (labels and markers); labels are placed against them in order. */
export class Occupancy {
  readonly boxes: Box[] = [];
  readonly frame: Box;
  constructor(width: number, height: number, margin: number) {
    this.frame = { x0: margin, y0: margin, x1: width - margin, y1: height - margin };
  }
  fits(b: Box): boolean {
    const f = this.frame;
    return b.x0 >= f.x0 && b.y0 >= f.y0 && b.x1 <= f.x1 && b.y1 <= f.y1 && !this.boxes.some((o) => overlaps(o, b));
  }
  take(b: Box): void {
    this.boxes.push(b);
  }
}

/** A box of `w`×`h` around the text, with a little air so neighbouring labels do not touch. */
function boxAt(cx: number, cy: number, w: number, h: number, pad = 2): Box {
  return { x0: cx - w / 2 - pad, y0: cy - h / 2 - pad, x1: cx + w / 2 + pad, y1: cy + h / 2 + pad };
}

/** Baseline for text vertically centred on cy (cap height ≈ 0.7 em, so the baseline sits 0.35 em below). */
const baseline = (cy: number, fontSize: number) => cy + fontSize * 0.35;

type Shape = Feature<Polygon | MultiPolygon>;

/** The largest visible polygon of a shape: the label goes there, not in the sea between islands. */
function mainPolygon(projection: GeoProjection, shape: Shape): Feature<Polygon> {
  const path = geoPath(projection);
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  let best: Feature<Polygon> | undefined;
  let bestArea = -1;
  for (const coordinates of polygons) {
    const f: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
    const area = path.area(f);
    if (area > bestArea) [best, bestArea] = [f, area];
  }
  return best!;
}

/**
 * A country name inside its own shape, if there is room: the estimated text box (corners and edge
 * midpoints) must lie within the country, within the frame and clear of earlier labels. Tries the
 * visible centroid first, then points on a grid over the shape, nearest the centroid first (an
 * irregular or crowded shape often has room off-centre). Returns undefined where it does not fit.
 *
 * With `overflow`, a second chance for a name that fits nowhere inside: the name may run across
 * the shape's edges (the label's halo keeps it legible) as long as its centre lies inside the shape,
 * it stays clear of other labels, and the shape's visible area is at least twice the label's box —
 * so a mid-sized state (Romania, Belarus) is named, while a small one (Armenia) is still not.
 */
export function placeCountryLabel(projection: GeoProjection, shape: Shape, name: string, taken: Occupancy, overflow = false): Label | undefined {
  const size = LABEL_FONT_SIZE.country;
  const w = textWidth(name, size);
  const h = size * 0.8; // ink height of capitals and descenders, near enough
  const path = geoPath(projection);
  const target = mainPolygon(projection, shape);
  const [cx, cy] = path.centroid(target);
  if (!Number.isFinite(cx) || !Number.isFinite(cy)) return undefined;
  if (overflow && path.area(target) < 2 * (w + 3) * (h + 3)) return undefined;
  const [[bx0, by0], [bx1, by1]] = path.bounds(target);
  const step = h / 2;
  const [insetX, insetY] = overflow ? [0, 0] : [w / 2, h / 2];
  const candidates: [number, number][] = [[cx!, cy!]];
  for (let y = by0! + insetY; y <= by1! - insetY; y += step) {
    for (let x = bx0! + insetX; x <= bx1! - insetX; x += step) candidates.push([x, y]);
  }
  const d2 = ([x, y]: [number, number]) => (x - cx!) ** 2 + (y - cy!) ** 2;
  // Stable sort: equal distances keep grid order (top to bottom, left to right).
  candidates.sort((a, b) => d2(a) - d2(b));

  const inside = (x: number, y: number) => {
    const ll = projection.invert?.([x, y]);
    return ll != null && geoContains(shape, ll);
  };
  for (const [x, y] of candidates) {
    const box = boxAt(x, y, w, h, 1.5);
    if (!taken.fits(box)) continue;
    const samples = [
      [box.x0, box.y0],
      [x, box.y0],
      [box.x1, box.y0],
      [box.x0, y],
      [box.x1, y],
      [box.x0, box.y1],
      [x, box.y1],
      [box.x1, box.y1],
    ] as const;
    if (overflow ? !inside(x, y) : !samples.every(([sx, sy]) => inside(sx, sy))) continue;
    taken.take(box);
    return { x, y: baseline(y, size), anchor: 'middle' };
  }
  return undefined;
}

/** The square a point marker covers, so labels keep off it. */
export function markerBox(x: number, y: number, r: number): Box {
  return { x0: x - r - 1, y0: y - r - 1, x1: x + r + 1, y1: y + r + 1 };
}

/**
 * A place name beside its marker: right, left, above, below, then the same further out. A place
 * that fits nowhere still gets its name, overlapping if it must (a dot without a name explains
 * nothing); the markers themselves are never moved.
 */
export function placePlaceLabel(x: number, y: number, r: number, name: string, taken: Occupancy): Label {
  const size = LABEL_FONT_SIZE.place;
  const w = textWidth(name, size);
  const h = size;
  const candidates: Label[] = [];
  for (const gap of [3, 3 + h]) {
    const d = r + gap;
    candidates.push(
      { x: x + d, y, anchor: 'start' },
      { x: x - d, y, anchor: 'end' },
      { x, y: y - d - h / 2, anchor: 'middle' },
      { x, y: y + d + h / 2, anchor: 'middle' },
    );
  }
  const boxOf = (c: Label) => {
    const cx = c.anchor === 'start' ? c.x + w / 2 : c.anchor === 'end' ? c.x - w / 2 : c.x;
    return boxAt(cx, c.y, w, h, 1);
  };
  const inFrame = (b: Box) => b.x0 >= taken.frame.x0 && b.y0 >= taken.frame.y0 && b.x1 <= taken.frame.x1 && b.y1 <= taken.frame.y1;
  const chosen =
    candidates.find((c) => taken.fits(boxOf(c))) ?? candidates.find((c) => inFrame(boxOf(c))) ?? candidates[0]!;
  taken.take(boxOf(chosen));
  return { ...chosen, y: baseline(chosen.y, size) };
}
