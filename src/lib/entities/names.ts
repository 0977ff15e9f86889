/**
 * The names each entity goes by in the text, read straight from content/entities/*.yaml. The
 * Markdown pipeline needs them before Astro's collections exist; the records themselves are
 * validated by the collections' schemas in the same build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ENTITY_KINDS } from './integrity.ts';
import type { Named } from './mentions.ts';

/** An entity's text names: its `names`, or its display name when none are given. */
export function textNames(e: { name: string; names?: string[] }): string[] {
  return e.names?.length ? e.names : [e.name];
}

/** Every name an entity goes by, once each: display name, text names, then readers' aliases (for the search index). */
export function searchNames(e: { name: string; names?: string[]; aliases?: string[] }): string[] {
  return [...new Set([e.name, ...(e.names ?? []), ...(e.aliases ?? [])])];
}

export interface SearchNamed extends Named {
  /** All the names the entity goes by (see `searchNames`); the matcher ignores them, the search index uses them. */
  searchNames: string[];
}

export function loadNamed(contentRoot: string): SearchNamed[] {
  return ENTITY_KINDS.flatMap((kind) => {
    const file = join(contentRoot, 'entities', `${kind}.yaml`);
    if (!existsSync(file)) return [];
    const records = (yaml.load(readFileSync(file, 'utf8')) ?? []) as { id: string; name: string; names?: string[]; aliases?: string[] }[];
    return records.map((r) => ({ kind, id: String(r.id), names: textNames(r), searchNames: searchNames(r) }));
  });
}
