/**
 * Astro's collections: each schema from src/lib/schemas.ts on its loader. Shape errors (a missing field, an
 * unknown field, a malformed date) are reported by Astro with the file and the field; links between records
 * are checked by src/lib/entities/integrity.ts, because Astro resolves `reference()` lazily.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentSchemas } from './lib/schemas.ts';
import { contentRoot } from './lib/paths.ts';

const root = contentRoot();
const s = contentSchemas(reference);
const entityFile = (kind: string) => file(`${root}/entities/${kind}.yaml`);
const perArticle = (pattern: string, generateId: (entry: string) => string) =>
  glob({ pattern, base: `${root}/articles`, generateId: ({ entry }) => generateId(entry) });

export const collections = {
  regions: defineCollection({ loader: entityFile('regions'), schema: s.regions }),
  countries: defineCollection({ loader: entityFile('countries'), schema: s.countries }),
  places: defineCollection({ loader: entityFile('places'), schema: s.places }),
  organisations: defineCollection({ loader: entityFile('organisations'), schema: s.organisations }),
  treaties: defineCollection({ loader: entityFile('treaties'), schema: s.treaties }),
  people: defineCollection({ loader: entityFile('people'), schema: s.people }),
  articles: defineCollection({ loader: perArticle('*/article.yaml', (e) => e.split('/')[0]!), schema: s.articles }),
  sections: defineCollection({ loader: perArticle('*/sections/*.mdx', (e) => e.replace(/\.mdx$/, '')), schema: s.sections }),
  corrections: defineCollection({ loader: perArticle('*/corrections.yaml', (e) => e.split('/')[0]!), schema: s.corrections }),
};
