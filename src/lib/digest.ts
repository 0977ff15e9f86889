/**
 * Everything the pages need, loaded and checked once per build. Pages call `getDigest()`; the first call loads the
 * collections (the one module that reads `astro:content`) and hands them to digest/assemble.ts, which checks and
 * assembles them; every later call reuses the result.
 */
import { getCollection } from 'astro:content';
import { loadAsOf } from './entities/as-of.ts';
import { ENTITY_KINDS, type EntityKind } from './entities/kinds.ts';
import { contentRoot } from './paths.ts';
import { loadSite } from './site.ts';
import type { Entities } from './types.ts';
import { assembleDigest } from './digest/assemble.ts';
import type { Digest } from './digest/types.ts';

export { ENTITY_KINDS };
export { parseSource, sourceUrl } from './digest/articles.ts';
export type { Digest } from './digest/types.ts';
export type { ArticleRecord, ArticleView, Correction, Entities, Section, SectionView } from './types.ts';

let cached: Promise<Digest> | undefined;

export function getDigest(): Promise<Digest> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Digest> {
  const [articles, sections, corrections, ...lists] = await Promise.all([
    getCollection('articles'),
    getCollection('sections'),
    getCollection('corrections'),
    ...ENTITY_KINDS.map((k) => getCollection(k)),
  ]);
  const entities = Object.fromEntries(ENTITY_KINDS.map((k, i) => [k, lists[i]])) as unknown as Entities;
  const root = contentRoot();
  return assembleDigest({ articles, sections, corrections, entities, asOf: loadAsOf(root), site: loadSite(root), siteFile: `${root}/site.yaml` });
}

/** getStaticPaths for an entity kind: one page per record. */
export async function entityPaths(kind: EntityKind) {
  const { entities } = await getDigest();
  return entities[kind].map((e) => ({ params: { id: e.id } }));
}
