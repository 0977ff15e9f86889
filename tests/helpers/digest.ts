/**
 * A digest built from a fixture's content without Astro: the records parsed by the same zod schemas (references as
 * plain ids), then checked and assembled by src/lib/digest/assemble.ts, as a build does. For unit tests of
 * whatever reads the digest (the pages' view models).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { splitSection } from '../../src/lib/content-check.ts';
import { assembleDigest } from '../../src/lib/digest/assemble.ts';
import type { Digest } from '../../src/lib/digest/types.ts';
import { loadAsOf } from '../../src/lib/entities/as-of.ts';
import { ENTITY_KINDS } from '../../src/lib/entities/kinds.ts';
import { schemas } from '../../src/lib/schemas.ts';
import { loadSite } from '../../src/lib/site.ts';
import type { Entities, Entry } from '../../src/lib/types.ts';

export const FIXTURE_BASE = join(import.meta.dirname, '../fixtures/base');

export function fixtureDigest(root = FIXTURE_BASE): Digest {
  const read = (file: string) => yaml.load(readFileSync(join(root, file), 'utf8'));
  const entities = Object.fromEntries(
    ENTITY_KINDS.map((kind) => {
      const file = `entities/${kind}.yaml`;
      const records = (read(file) as { id: string }[]) ?? [];
      return [kind, records.map((r) => ({ id: r.id, collection: kind, filePath: file, data: schemas[kind].parse(r) }))];
    }),
  ) as unknown as Entities;
  const ids = readdirSync(join(root, 'articles'));
  const articles: Entry<'articles'>[] = ids.map((id) => ({ id, collection: 'articles', data: schemas.articles.parse(read(`articles/${id}/article.yaml`)) }));
  const corrections: Entry<'corrections'>[] = ids.map((id) => ({ id, collection: 'corrections', data: schemas.corrections.parse(read(`articles/${id}/corrections.yaml`)) }));
  const sections: Entry<'sections'>[] = ids.flatMap((id) =>
    readdirSync(join(root, 'articles', id, 'sections')).map((name) => {
      const split = splitSection(readFileSync(join(root, 'articles', id, 'sections', name), 'utf8'));
      if (typeof split === 'string') throw new Error(`articles/${id}/sections/${name}: ${split}`);
      return { id: `${id}/${name.replace(/\.mdx$/, '')}`, collection: 'sections' as const, filePath: `articles/${id}/sections/${name}`, body: split.body, data: schemas.sections.parse(split.data) };
    }),
  );
  return assembleDigest({ articles, sections, corrections, entities, asOf: loadAsOf(root), site: loadSite(root), siteFile: join(root, 'site.yaml') });
}
