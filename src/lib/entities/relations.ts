/**
 * How entities relate to one another, derived from the records (memberships are stored once, on the
 * organisation): a country's organisations and treaties, an organisation's members and bodies.
 */
import type { EntityKind } from './integrity.ts';
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

/** Related entities, grouped by kind, for the "Related" list of an entity page. */
export function relatedTo(kind: EntityKind, id: string, d: RelationData): Link[] {
  const links = (k: EntityKind, ids: string[]) => [...new Set(ids)].filter((x) => x !== id || k !== kind).map((x) => ({ kind: k, id: x }));
  switch (kind) {
    case 'regions':
      return links('countries', d.countries.filter((c) => c.data.region?.id === id).map((c) => c.id));
    case 'countries':
      return [
        ...links('regions', d.countries.filter((c) => c.id === id && c.data.region).map((c) => c.data.region!.id)),
        ...links('organisations', membershipsOf(id, d).map((m) => m.organisation)),
        ...links('treaties', d.treaties.filter((t) => [...t.data.parties, ...t.data.signatories.flatMap((x) => (x.country ? [x.country] : []))].some((p) => p.id === id)).map((t) => t.id)),
        ...links('places', d.places.filter((p) => p.data.countries.some((c) => c.id === id)).map((p) => p.id)),
        ...links('people', d.people.filter((p) => p.data.country?.id === id).map((p) => p.id)),
      ];
    case 'organisations': {
      const org = d.organisations.find((o) => o.id === id);
      return [
        ...links('organisations', org?.data.parent ? [org.data.parent.id] : []),
        ...links('organisations', d.organisations.filter((o) => o.data.parent?.id === id).map((o) => o.id)),
        ...links('countries', org?.data.members.map((m) => m.country.id) ?? []),
        ...links('treaties', d.treaties.filter((t) => t.data.organisations.some((o) => o.id === id)).map((t) => t.id)),
      ];
    }
    case 'treaties': {
      const t = d.treaties.find((x) => x.id === id);
      const signed = (t?.data.signatories ?? []).flatMap((x) => (x.country ? [x.country.id] : []));
      return [...links('countries', [...(t?.data.parties.map((p) => p.id) ?? []), ...signed]), ...links('organisations', t?.data.organisations.map((o) => o.id) ?? [])];
    }
    case 'places':
      return links('countries', d.places.find((p) => p.id === id)?.data.countries.map((c) => c.id) ?? []);
    case 'people':
      return links('countries', d.people.filter((p) => p.id === id && p.data.country).map((p) => p.data.country!.id));
  }
}

/** One cell of the membership matrix: the state's standing in the organisation, if any. */
export function membershipCell(country: string, organisation: string, d: RelationData): Membership | undefined {
  return membershipsOf(country, d).find((m) => m.organisation === organisation);
}
