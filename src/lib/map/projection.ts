/**
 * The map's frame: the three display sizes and the projection fitted to the states drawn.
 */
import { geoConicEqualArea, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { CountryFeature, Scale } from './data.ts';

export type MapSize = 'full' | 'compact' | 'locator';

export interface SizeSpec {
  width: number;
  height: number;
  /** Blank margin inside the viewBox around the fitted countries, in viewBox units. */
  margin: number;
  /** Natural Earth scale: 50m only where the detail shows; 110m keeps the small maps small. */
  scale: Scale;
  /** Path coordinates snap to a grid of 1/precision viewBox units (5 = 0.2, 2 = 0.5, 1 = integers). */
  precision: number;
  /** Rings smaller than this (in square viewBox units) are dropped: specks nobody can see or click. */
  minRingArea: number;
  /** Vertices whose triangle with their neighbours is smaller than this (square viewBox units) are dropped; 0 keeps all. */
  thinArea: number;
  /** Country names inside the shapes where they fit. */
  countryLabels: boolean;
  /** Names beside the point markers. */
  placeLabels: boolean;
  /** Radius of a point marker. */
  markerRadius: number;
}

/**
 * Sizes measured against the gzip budgets in tests/unit/map.test.ts (60 / 25 / 8 KB). The full map's grid is
 * half a unit: drawn at most about 1,070 px wide, no vertex moves by more than a third of a pixel. Its outlines
 * are also thinned where a vertex makes a triangle of under half a square unit with its neighbours, which no
 * screen shows: the path data halves (119 to 57 KB), the page goes from 29 to 19 KB gzipped, and loading it
 * costs the main thread 15–20 ms less (traced in Chromium). Each step made a map page with less to parse and
 * lay out than the last (44 KB gzipped at a fifth of a unit and unthinned).
 */
export const SIZES: Record<MapSize, SizeSpec> = {
  full: { width: 960, height: 560, margin: 8, scale: '50m', precision: 2, minRingArea: 1, thinArea: 0.5, countryLabels: true, placeLabels: true, markerRadius: 3.5 },
  compact: { width: 640, height: 380, margin: 6, scale: '110m', precision: 10, minRingArea: 1, thinArea: 0, countryLabels: false, placeLabels: true, markerRadius: 3 },
  locator: { width: 240, height: 150, margin: 3, scale: '110m', precision: 2, minRingArea: 0.5, thinArea: 0, countryLabels: false, placeLabels: false, markerRadius: 2 },
};

/**
 * An equal-area conic centred on 90°E with standard parallels 40°N and 65°N. Equal-area keeps the
 * relative sizes of Russia, Central Asia and the Caucasus honest. The usual Russia-only choice
 * (parallels 50°/70°, centre 100°E) bends the cone so hard that Turkey and Ukraine are turned ~70°
 * and the states the article is mostly about shrink; 40°/65° from 90°E keeps the west upright enough
 * while Chukotka still fits. Centred on 90°E, the projection's own cut (the antimeridian of the
 * centre) falls at 90°W, so Chukotka — which crosses 180° — is drawn in one piece. The projection
 * is fitted to the drawn states only; everything else is background, clipped to the viewBox so that
 * off-map shapes cost nothing.
 */
export function fitProjection(size: SizeSpec, drawn: CountryFeature[]): GeoProjection {
  const { width, height, margin } = size;
  const collection: FeatureCollection = { type: 'FeatureCollection', features: drawn };
  return geoConicEqualArea()
    .parallels([40, 65])
    .rotate([-90, 0])
    .fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      collection,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}
