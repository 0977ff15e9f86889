/** Every reference a record makes to an entity, with the file and field it is written in. */
import type { EntityKind } from './kinds.ts';
import type { Ref } from './integrity.ts';
import type { Section } from '../types.ts';

const SECTION_FIELDS = [
  ['region', 'regions'],
  ['country', 'countries'],
  ['organisation', 'organisations'],
  ['treaty', 'treaties'],
] as const;

export function sectionRefs(s: Section): Ref[] {
  const file = s.filePath ?? s.id;
  const own = SECTION_FIELDS.flatMap(([field, kind]) => s.data[field].map((r) => ({ file, field, kind, id: r.id })));
  const events = s.data.events.flatMap((e) =>
    (
      [
        ['country', 'countries'],
        ['organisation', 'organisations'],
        ['treaty', 'treaties'],
        ['place', 'places'],
      ] as const
    ).flatMap(([field, kind]) => e[field].map((r) => ({ file, field: `events.${e.id}.${field}`, kind, id: r.id }))),
  );
  return [...own, ...events];
}

export function entityRefs(kind: EntityKind, e: { id: string; filePath?: string; data: Record<string, unknown> }): Ref[] {
  const file = `${e.filePath ?? kind} (${e.id})`;
  const d = e.data as Record<string, unknown>;
  const one = (field: string, k: EntityKind, v: unknown): Ref[] =>
    v && typeof v === 'object' && 'id' in v ? [{ file, field, kind: k, id: String((v as { id: string }).id) }] : [];
  const many = (field: string, k: EntityKind, v: unknown): Ref[] => (Array.isArray(v) ? v.flatMap((x) => one(field, k, x)) : []);
  return [
    ...one('region', 'regions', d.region),
    ...one('country', 'countries', d.country),
    ...one('parent', 'organisations', d.parent),
    ...many('countries', 'countries', d.countries),
    ...many('parties', 'countries', d.parties),
    ...many('organisations', 'organisations', d.organisations),
    ...(Array.isArray(d.members) ? d.members.flatMap((m: { country: unknown }) => one('members.country', 'countries', m.country)) : []),
    ...(Array.isArray(d.signatories) ? d.signatories.flatMap((x: { country?: unknown }) => one('signatories.country', 'countries', x.country)) : []),
  ];
}
