/**
 * Country shapes for the build-time maps: Natural Earth via world-atlas 2.0.2, read from
 * node_modules at build time, corrected to internationally recognised borders, cached per scale.
 *
 * Why readFileSync + createRequire rather than `import … with { type: 'json' }`: it resolves the
 * same file under Node 24 and under Vite/Astro's build, and only reads the scale a map actually
 * uses (the 50m file is 740 KB; nothing here ever reaches the browser).
 *
 * What world-atlas 2.0.2 does with Crimea (checked at 110m, 50m and 10m): Natural Earth's default
 * "countries" layer shows de facto control, so Crimea (with Sevastopol) is a separate polygon of
 * Russia's MultiPolygon (id 643) — its centroid is ~[34.3, 45.3] — and Ukraine (804) stops at the
 * Perekop isthmus. The site must show internationally recognised borders, so `recogniseCrimea`
 * moves that polygon's arcs from Russia to Ukraine and merges them with Ukraine's (topojson
 * mergeArcs drops the shared Perekop/Chonhar arcs, so no internal line is drawn). It finds the
 * polygon by geometry, not by index, and does nothing if a future world-atlas already draws Crimea
 * in Ukraine. Other contested areas need no change: Abkhazia and South Ossetia are drawn in
 * Georgia, Transnistria in Moldova, Nagorno-Karabakh in Azerbaijan.
 *
 * The antimeridian needs no repair either: world-atlas 2 keeps Chukotka as one ring running from
 * +179.x° to -169.x° (no seam at 180°), and the projection (projection.ts) is centred on 90°E so
 * its own cut lies at 90°W, far outside the map.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds, geoCentroid, type GeoProjection } from 'd3-geo';
import { feature, mergeArcs } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from 'geojson';

export type Scale = '50m' | '110m';
export type CountryFeature = Feature<GeoPolygon | GeoMultiPolygon, { name: string }>;

/** ISO 3166-1 numeric codes as world-atlas writes them (zero-padded strings). */
const RUSSIA = '643';
const UKRAINE = '804';

/** A generous box around the Crimean peninsula (lon/lat): the moved polygon must lie inside it. */
const CRIMEA_BOX: [[number, number], [number, number]] = [
  [32.2, 44.2],
  [36.8, 46.3],
];
/** A point in the Crimean steppe north of Simferopol; tests check which country contains it. */
export const CRIMEA_POINT: [number, number] = [34.1, 45.3];

type Countries = GeometryCollection<{ name: string }>;
type CountryTopology = Topology<{ countries: Countries; land: GeometryObject }>;

const inBox = ([lon, lat]: [number, number] | number[]) =>
  lon! >= CRIMEA_BOX[0][0] && lon! <= CRIMEA_BOX[1][0] && lat! >= CRIMEA_BOX[0][1] && lat! <= CRIMEA_BOX[1][1];

function polygonsOf(g: GeometryObject): number[][][] {
  if (g.type === 'Polygon') return [(g as Polygon).arcs];
  if (g.type === 'MultiPolygon') return (g as MultiPolygon).arcs;
  return [];
}

/**
 * Reassign Crimea from Russia to Ukraine (see the header). Returns a new topology; the input is
 * not changed. Throws if Crimea is found somewhere unexpected, rather than drawing a wrong border.
 */
export function recogniseCrimea(topology: CountryTopology): CountryTopology {
  const geometries = topology.objects.countries.geometries;
  const ru = geometries.find((g) => g.id === RUSSIA);
  const ua = geometries.find((g) => g.id === UKRAINE);
  if (!ru || !ua) throw new Error('world-atlas: Russia (643) or Ukraine (804) is missing');

  const ruPolygons = polygonsOf(ru);
  const crimea = ruPolygons.filter((arcs) => {
    const shape = feature(topology, { type: 'Polygon', arcs } as Polygon);
    return inBox(geoCentroid(shape));
  });
  if (crimea.length === 0) return topology; // already drawn in Ukraine: nothing to do
  for (const arcs of crimea) {
    const [min, max] = geoBounds(feature(topology, { type: 'Polygon', arcs } as Polygon));
    if (!inBox(min) || !inBox(max)) throw new Error('world-atlas: a Russian polygon centred on Crimea reaches beyond it');
  }

  const rest = ruPolygons.filter((arcs) => !crimea.includes(arcs));
  const newRu = { ...ru, type: 'MultiPolygon', arcs: rest } as MultiPolygon<{ name: string }>;
  const merged = mergeArcs(topology, [ua as Polygon | MultiPolygon, ...crimea.map((arcs) => ({ type: 'Polygon', arcs }) as Polygon)]);
  const newUa = { ...ua, type: 'MultiPolygon', arcs: merged.arcs } as MultiPolygon<{ name: string }>;

  const replaced = geometries.map((g) => (g === ru ? newRu : g === ua ? newUa : g));
  return { ...topology, objects: { ...topology.objects, countries: { ...topology.objects.countries, geometries: replaced } } };
}

const topologies = new Map<Scale, CountryTopology>();
// Countries by scale (loadCountries), and thinned ones by scale, area and projection (thinnedCountries).
const cache = new Map<string, Map<string, CountryFeature>>();

function loadTopology(scale: Scale): CountryTopology {
  let topology = topologies.get(scale);
  if (!topology) {
    const file = createRequire(import.meta.url).resolve(`world-atlas/countries-${scale}.json`);
    topology = recogniseCrimea(JSON.parse(readFileSync(file, 'utf8')) as CountryTopology);
    topologies.set(scale, topology);
  }
  return topology;
}

function countriesOf(topology: CountryTopology): Map<string, CountryFeature> {
  const byId = new Map<string, CountryFeature>();
  for (const g of topology.objects.countries.geometries) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    const f = feature(topology, g as Polygon<{ name: string }>) as CountryFeature;
    byId.set(g.id != null ? String(g.id) : `name:${g.properties?.name ?? byId.size}`, f);
  }
  return byId;
}

/**
 * Every country of world-atlas at `scale` as a GeoJSON feature, keyed by ISO numeric code, with
 * Crimea in Ukraine. Shapes without a code (Kosovo, Northern Cyprus, Somaliland…) get a key of
 * their own (`name:<name>`) so they can still be drawn as background.
 */
export function loadCountries(scale: Scale): Map<string, CountryFeature> {
  const cached = cache.get(scale);
  if (cached) return cached;
  const byId = countriesOf(loadTopology(scale));
  cache.set(scale, byId);
  return byId;
}

/**
 * The countries of `loadCountries`, thinned for one projection (Visvalingam): a vertex goes when the triangle it
 * makes with its neighbours, projected, is under `minArea` square viewBox units, too small to see. Thinned on the
 * topology's arcs, which neighbouring countries share, so their borders still meet exactly; thinning each outline
 * on its own would open slivers between them.
 */
export function thinnedCountries(scale: Scale, projection: GeoProjection, minArea: number): Map<string, CountryFeature> {
  const key = `${scale} ${minArea} ${projection.scale()} ${projection.translate().join(' ')} ${projection.rotate().join(' ')}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const area = (triangle: number[][]) => {
    const [a, b, c] = triangle.map(([x, y]) => projection([x!, y!]));
    // A vertex the projection cannot place is kept.
    if (!a || !b || !c) return Infinity;
    return Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
  };
  const byId = countriesOf(simplify(presimplify(loadTopology(scale), area), minArea) as CountryTopology);
  cache.set(key, byId);
  return byId;
}
