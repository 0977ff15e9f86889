/**
 * What the site's maps show, chosen from the content records: the fifteen post-Soviet states
 * coloured by the article's four regional groups, Russia in a group of its own (it belongs to none
 * of the four), four neighbours drawn for orientation, and point markers for the territories the
 * article discusses. Pure: takes plain records (getDigest().entities fits), returns renderMap input.
 */
import type { MapCountry, MapGroup, MapPlace } from './index.ts';

/** Neighbours drawn and labelled for orientation; they link to their pages like the others. */
export const NEIGHBOURS = ['turkey', 'iran', 'afghanistan', 'romania'] as const;

/** Russia's own legend entry and colour class (region-russia). */
export const RUSSIA_GROUP: MapGroup = { id: 'russia', name: 'Russia' };

/**
 * The article's own order of its four groups (¶ 13): Eastern Europe, the Transcaucasian republics,
 * Central Asia, the Baltic states. Collections come back sorted by id, so legends and filters sort
 * by this; a region not listed here goes last, by id.
 */
export const ARTICLE_REGION_ORDER = ['eastern-europe', 'south-caucasus', 'central-asia', 'baltic-states'];

export function inArticleOrder<T extends { id: string }>(regions: readonly T[]): T[] {
  const rank = (id: string) => {
    const i = ARTICLE_REGION_ORDER.indexOf(id);
    return i === -1 ? ARTICLE_REGION_ORDER.length : i;
  };
  return [...regions].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** Place kinds that get a marker by default: contested territories and the Donbas regions. */
export const MARKED_KINDS: readonly string[] = ['territory', 'region'];

interface Ref {
  id: string;
}
interface Rec<D> {
  id: string;
  data: D;
}
export interface MapEntities {
  regions: Rec<{ name: string }>[];
  countries: Rec<{ name: string; isoNumeric: string; postSoviet?: boolean; region?: Ref }>[];
  places: Rec<{ name: string; kind: string; coordinates?: [number, number] | undefined }>[];
}

export interface MapContent {
  countries: MapCountry[];
  /** Russia first, then the article's four groups in the article's order (those with a state drawn). */
  groups: MapGroup[];
  places: MapPlace[];
}

export interface MapUrls {
  country: (id: string) => string;
  place: (id: string) => string;
}

/**
 * Countries in legend order (Russia, then each group's members, then the neighbours): DOM order is
 * tab order, so keyboard users meet the states group by group, as the legend lists them.
 */
export function mapContent(entities: MapEntities, urls: MapUrls, placeKinds: readonly string[] = MARKED_KINDS): MapContent {
  const groups: MapGroup[] = [RUSSIA_GROUP, ...inArticleOrder(entities.regions).map((r) => ({ id: r.id, name: r.data.name }))];
  const groupOf = (c: MapEntities['countries'][number]) =>
    c.id === RUSSIA_GROUP.id ? RUSSIA_GROUP.id : c.data.postSoviet ? c.data.region?.id : undefined;
  const country = (c: MapEntities['countries'][number]): MapCountry => {
    const group = groupOf(c);
    return { id: c.id, isoNumeric: c.data.isoNumeric, name: c.data.name, href: urls.country(c.id), ...(group ? { group } : {}) };
  };
  const members = groups.flatMap((g) => entities.countries.filter((c) => groupOf(c) === g.id).map(country));
  // A neighbour missing from the records (a small test site) is simply not drawn.
  const neighbours = NEIGHBOURS.flatMap((id) => entities.countries.filter((c) => c.id === id).map(country));
  const places = entities.places
    .filter((p) => placeKinds.includes(p.data.kind) && p.data.coordinates !== undefined)
    .map((p) => ({ id: p.id, name: p.data.name, href: urls.place(p.id), coordinates: p.data.coordinates! }));
  // Only groups with a state on the map get a legend entry.
  const used = groups.filter((g) => members.some((c) => c.group === g.id));
  return { countries: [...members, ...neighbours], groups: used, places };
}
