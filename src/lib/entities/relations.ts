/**
 * How entities relate to one another, derived from the records (memberships are stored once, on the
 * organisation): a country's organisations and treaties, an organisation's members and bodies.
 */
import { ENTITY_KINDS, type EntityKind } from './kinds.ts';
import { idsOf, referencesOf } from './refs.ts';
import type { MembershipRecord, RecordOf } from '../types.ts';

export interface Link {
  kind: EntityKind;
  id: string;
}

/** The records relations are derived from. */
export interface RelationData {
  countries: RecordOf<'countries', 'region'>[];
  places: RecordOf<'places', 'countries'>[];
  organisations: RecordOf<'organisations', 'parent' | 'members'>[];
  treaties: RecordOf<'treaties', 'parties' | 'organisations' | 'signatories'>[];
  people: RecordOf<'people', 'country'>[];
}

/** A country's membership of an organisation: the organisation's record of it, seen from the country. */
export type Membership = Omit<MembershipRecord, 'country'> & { organisation: string };

export function membershipsOf(country: string, d: RelationData): Membership[] {
  return d.organisations.flatMap((o) =>
    o.data.members.filter((m) => m.country.id === country).map(({ country: _, ...m }) => ({ organisation: o.id, ...m })),
  );
}

/**
 * Related entities for the "Related" list of an entity page: every entity its record references and every entity
 * whose record references it, by kind in the order pages list kinds, each once (what it references first).
 */
export function relatedTo(kind: EntityKind, id: string, d: RelationData): Link[] {
  const own = recordsOf(d, kind).find((r) => r.id === id);
  const outgoing = own ? referencesOf(kind, own.data) : [];
  const incoming = referrers(d).get(`${kind}/${id}`) ?? [];
  return ENTITY_KINDS.flatMap((k) => {
    const fromOthers = incoming.filter((l) => l.kind === k).map((l) => l.id);
    return [...new Set([...idsOf(outgoing, k), ...fromOthers])].filter((x) => x !== id || k !== kind).map((x) => ({ kind: k, id: x }));
  });
}

const recordsOf = (d: RelationData, k: EntityKind): readonly { id: string; data: object }[] => d[k as keyof RelationData] ?? [];

const referrersCache = new WeakMap<RelationData, Map<string, Link[]>>();

/** `kind/id` → the records that reference it, in kind and record order: walked once per set of records, not once a page. */
function referrers(d: RelationData): Map<string, Link[]> {
  let index = referrersCache.get(d);
  if (!index) {
    index = new Map();
    for (const k of ENTITY_KINDS) {
      for (const r of recordsOf(d, k)) {
        for (const key of new Set(referencesOf(k, r.data).map((ref) => `${ref.kind}/${ref.id}`))) index.set(key, [...(index.get(key) ?? []), { kind: k, id: r.id }]);
      }
    }
    referrersCache.set(d, index);
  }
  return index;
}

/** One cell of the membership matrix: the state's standing in the organisation, if any. */
export function membershipCell(country: string, organisation: string, d: RelationData): Membership | undefined {
  return membershipsOf(country, d).find((m) => m.organisation === organisation);
}
