/**
 * The one reference walker: every entity a record references, found through the registry of reference fields
 * (kinds.ts), never by naming fields here. The integrity check, the relations between entities, the search
 * filters, the timeline and the citation metadata all read references through it.
 */
import { REFERENCE_FIELDS, type EntityKind, type Referrer } from './kinds.ts';
import type { Ref } from './integrity.ts';
import type { Section } from '../types.ts';

/** One reference, with the field it is written in. */
export interface Reference {
  /** The field's path in the registry, e.g. `country` or `members.country`. */
  field: string;
  kind: EntityKind;
  id: string;
  /** For a path into a list (`members.country`): the item that holds the reference, e.g. the membership. */
  item?: unknown;
}

const isRef = (v: unknown): v is { id: string } => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string';
const asList = (v: unknown): unknown[] => (v == null ? [] : Array.isArray(v) ? v : [v]);

/** Every reference a record's data makes, in the registry's order (a field's references in the order written). */
export function referencesOf(referrer: Referrer, data: object): Reference[] {
  return REFERENCE_FIELDS[referrer].flatMap(([field, kind]): Reference[] => {
    const [head, inner] = field.split('.') as [string, string | undefined];
    return asList((data as Record<string, unknown>)[head]).flatMap((item) => {
      const ref = inner === undefined ? item : (item as Record<string, unknown> | null)?.[inner];
      return isRef(ref) ? [{ field, kind, id: ref.id, ...(inner === undefined ? {} : { item }) }] : [];
    });
  });
}

/** The ids of one kind among a record's references, in order. */
export function idsOf(references: readonly Reference[], kind: EntityKind): string[] {
  return references.filter((r) => r.kind === kind).map((r) => r.id);
}

/** Whether a record's references include one entity. */
export function refersTo(references: readonly Reference[], kind: EntityKind, id: string): boolean {
  return references.some((r) => r.kind === kind && r.id === id);
}

/** A section's references and its events' (`events.<event id>.<field>`), with its file: what the integrity check reads. */
export function sectionRefs(s: Section): Ref[] {
  const file = s.filePath ?? s.id;
  return [
    ...referencesOf('sections', s.data).map(({ field, kind, id }) => ({ file, field, kind, id })),
    ...s.data.events.flatMap((e) => referencesOf('events', e).map(({ field, kind, id }) => ({ file, field: `events.${e.id}.${field}`, kind, id }))),
  ];
}

/** An entity record's references, with its file. */
export function entityRefs(kind: EntityKind, e: { id: string; filePath?: string; data: object }): Ref[] {
  const file = `${e.filePath ?? kind} (${e.id})`;
  return referencesOf(kind, e.data).map(({ field, kind, id }) => ({ file, field, kind, id }));
}
