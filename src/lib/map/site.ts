/**
 * What the site's maps show, chosen from the content records: the post-Soviet states coloured by
 * the regional groups the articles use, Russia in a group of its own (it belongs to none of them),
 * the neighbours the site record names (content/site.yaml) for orientation, and point markers for the
 * territories the articles discuss. Pure: takes plain records (getDigest().entities fits, its regions
 * already in the site's order), returns renderMap input.
 */
import type { RecordOf } from '../types.ts';
import type { MapCountry, MapGroup, MapPlace } from './index.ts';

/** Russia's own legend entry and colour class (region-russia). */
export const RUSSIA_GROUP: MapGroup = { id: 'russia', name: 'Russia' };

/** Place kinds that get a marker by default: contested territories and the Donbas regions. */
export const MARKED_KINDS: readonly string[] = ['territory', 'region'];

/** The records a map is drawn from. */
export interface MapEntities {
  regions: RecordOf<'regions', 'name'>[];
  countries: RecordOf<'countries', 'name' | 'isoNumeric' | 'postSoviet' | 'region'>[];
  places: RecordOf<'places', 'name' | 'kind' | 'coordinates'>[];
}

export interface MapContent {
  countries: MapCountry[];
  /** Russia first, then the regional groups in the order given (those with a state drawn). */
  groups: MapGroup[];
  places: MapPlace[];
}

export interface MapOptions {
  /** Country ids drawn for orientation beside the post-Soviet states (content/site.yaml's map.neighbours). */
  neighbours?: readonly string[];
  /** Place kinds that get a marker. */
  placeKinds?: readonly string[];
}

export interface MapUrls {
  country: (id: string) => string;
  place: (id: string) => string;
}

/**
 * Countries in legend order (Russia, then each group's members, then the neighbours): DOM order is
 * tab order, so keyboard users meet the states group by group, as the legend lists them.
 */
export function mapContent(entities: MapEntities, urls: MapUrls, { neighbours: neighbourIds = [], placeKinds = MARKED_KINDS }: MapOptions = {}): MapContent {
  const groups: MapGroup[] = [RUSSIA_GROUP, ...entities.regions.map((r) => ({ id: r.id, name: r.data.name }))];
  const groupOf = (c: MapEntities['countries'][number]) =>
    c.id === RUSSIA_GROUP.id ? RUSSIA_GROUP.id : c.data.postSoviet ? c.data.region?.id : undefined;
  const country = (c: MapEntities['countries'][number]): MapCountry => {
    const group = groupOf(c);
    return { id: c.id, isoNumeric: c.data.isoNumeric, name: c.data.name, href: urls.country(c.id), ...(group ? { group } : {}) };
  };
  const members = groups.flatMap((g) => entities.countries.filter((c) => groupOf(c) === g.id).map(country));
  // A neighbour missing from the records (a small test site) is simply not drawn.
  const neighbours = neighbourIds.flatMap((id) => entities.countries.filter((c) => c.id === id).map(country));
  const places = entities.places
    .filter((p) => placeKinds.includes(p.data.kind) && p.data.coordinates !== undefined)
    .map((p) => ({ id: p.id, name: p.data.name, href: urls.place(p.id), coordinates: p.data.coordinates! }));
  // Only groups with a state on the map get a legend entry.
  const used = groups.filter((g) => members.some((c) => c.group === g.id));
  return { countries: [...members, ...neighbours], groups: used, places };
}
