/**
 * The content's types, derived from the zod schemas (schemas.ts) rather than written out again, so a field added
 * to a schema reaches every module that reads it, and a module cannot quietly disagree with the schema. Types
 * only, and no `astro:content`: the loader (digest.ts) and the pure modules both import from here, and unit tests
 * build values of these types without a build.
 */
import type { z } from 'astro/zod';
import type { contentSchemas } from './schemas.ts';
import type { EntityKind } from './entities/kinds.ts';

type Schemas = ReturnType<typeof contentSchemas>;

/** The collections Astro loads (content.config.ts), one per schema of a record kept in content/. */
export type Collection = EntityKind | 'articles' | 'sections' | 'corrections';

/** A record's data as its schema outputs it (defaults filled, references as `{ collection, id }`). */
export type Data<C extends keyof Schemas> = z.output<Schemas[C]>;

/** One loaded record, as Astro's `getCollection` gives it (`CollectionEntry<C>` fits). */
export interface Entry<C extends Collection> {
  id: string;
  collection: C;
  data: Data<C>;
  /** The MDX text of a section. */
  body?: string;
  filePath?: string;
}

/** Every entity record, by kind, in the order pages list them (regions in the site's order). */
export type Entities = { [K in EntityKind]: Entry<K>[] };

/** A reference as a pure module reads it: the id alone (Astro's references also carry their collection). */
export interface Ref {
  id: string;
}

/**
 * A record's data as a pure module reads it: references loosened to `Ref`, so a test can write `{ id: 'x' }` where a
 * built record has `{ collection: 'countries', id: 'x' }`. Tuples and optional fields keep their shape.
 */
export type Plain<T> = T extends { collection: string; id: string } ? Ref : T extends object ? { [K in keyof T]: Plain<T[K]> } : T;

/** The fields `F` of an entity kind's records, as a pure module reads them (with the record's id and file). */
export interface RecordOf<K extends EntityKind, F extends keyof Data<K> = keyof Data<K>> {
  id: string;
  filePath?: string;
  data: Pick<Plain<Data<K>>, F & keyof Plain<Data<K>>>;
}

export type Section = Entry<'sections'>;
export type SectionData = Data<'sections'>;
export type ArticleRecord = Data<'articles'>;
export type Correction = Data<'corrections'>['corrections'][number];
/** One dated event of a section's frontmatter. */
export type EventRecord = Plain<SectionData['events'][number]>;
/** A membership of a country in an organisation, as the organisation's record states it. */
export type MembershipRecord = Plain<Data<'organisations'>['members'][number]>;
/** Where a fact this edition adds comes from: a ¶ of an article or a public source. */
export type Source = Data<'regions'>['sources'][number];

export interface SectionView {
  entry: Section;
  article: string;
  data: SectionData;
  url: string;
  /** The article-level section this one sits under (itself for the article's own headings). */
  part: string;
  prev?: SectionView;
  next?: SectionView;
}

export interface ArticleView {
  id: string;
  record: ArticleRecord;
  url: string;
  sections: SectionView[];
  corrections: Correction[];
  paragraphCount: number;
}
