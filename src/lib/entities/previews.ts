/**
 * What a mention preview shows (src/scripts/previews.ts): each entity's name, what kind of thing it is and
 * its one-line description, keyed by the address its mentions link to. Built once, served as one file that
 * a reading page fetches only when a reader first points at or focuses a mention.
 */
import type { EntityKind } from './integrity.ts';
import { KIND_LABEL } from './kinds.ts';

export interface Preview {
  name: string;
  kind: string;
  description: string;
}

export interface PreviewSource {
  kind: EntityKind;
  id: string;
  data: { name: string; description: string };
}

export function buildPreviews(entities: PreviewSource[], url: (kind: EntityKind, id: string) => string): Record<string, Preview> {
  const sorted = [...entities].sort((a, b) => url(a.kind, a.id).localeCompare(url(b.kind, b.id)));
  return Object.fromEntries(sorted.map((e) => [url(e.kind, e.id), { name: e.data.name, kind: KIND_LABEL[e.kind].singular, description: e.data.description }]));
}
