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

/** Place kinds that get a marker: disputed or contested territories and the Donbas regions. */
const MARKED_KINDS = new Set(['territory', 'region']);

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
  /** Russia first, then the article's four groups in their content order. */
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
export function mapContent(entities: MapEntities, urls: MapUrls): MapContent {
  const groups: MapGroup[] = [RUSSIA_GROUP, ...entities.regions.map((r) => ({ id: r.id, name: r.data.name }))];
  const groupOf = (c: MapEntities['countries'][number]) =>
    c.id === RUSSIA_GROUP.id ? RUSSIA_GROUP.id : c.data.postSoviet ? c.data.region?.id : undefined;
  const country = (c: MapEntities['countries'][number]): MapCountry => {
    const group = groupOf(c);
    return { id: c.id, isoNumeric: c.data.isoNumeric, name: c.data.name, href: urls.country(c.id), ...(group ? { group } : {}) };
  };
  const members = groups.flatMap((g) => entities.countries.filter((c) => groupOf(c) === g.id).map(country));
  const neighbours = NEIGHBOURS.map((id) => {
    const c = entities.countries.find((x) => x.id === id);
    if (!c) throw new Error(`mapContent: neighbour "${id}" is not in the countries collection`);
    return country(c);
  });
  const places = entities.places
    .filter((p) => MARKED_KINDS.has(p.data.kind) && p.data.coordinates !== undefined)
    .map((p) => ({ id: p.id, name: p.data.name, href: urls.place(p.id), coordinates: p.data.coordinates! }));
  return { countries: [...members, ...neighbours], groups, places };
}
