/**
 * What the search index records about each indexed page besides its words: filters (display names, as
 * readers see them), result metadata (section title, ¶ range, date) and a date sort key. Sections take
 * their filters from their frontmatter; the article page is filed as the full text only; entity pages from the
 * entity record (a country page is filed under its region, an organisation page under its members).
 */
import { formatSpan, mustParseSpan, toDatetime } from '../timeline/dates.ts';
import { KINDS, type EntityKind } from '../entities/kinds.ts';
import { referencesOf } from '../entities/refs.ts';
import type { Plain, SectionData } from '../types.ts';
import { FILTER_KEYS, TYPE_LABEL, type FilterKey } from './state.ts';

export { TYPE_LABEL };

export interface SearchTags {
  filters: Partial<Record<FilterKey, string[]>>;
  meta: Record<string, string>;
  /** `data-pagefind-sort` keys; pages without a date have none and drop out of date-sorted results. */
  sort: Record<string, string>;
}


/** Display name of an entity, by kind and id. */
export type NameOf = (kind: EntityKind, id: string) => string;

/** The section fields the search records. */
export type SectionLike = Plain<Pick<SectionData, 'title' | 'paragraphs' | 'date' | 'region' | 'country' | 'organisation' | 'treaty'>>;

/** The search filter of the entities of a kind, where it has one (`region`, `country`, …). */
export const filterOf = (kind: EntityKind): FilterKey | undefined => (FILTER_KEYS as readonly string[]).includes(KINDS[kind].field) ? (KINDS[kind].field as FilterKey) : undefined;

function topicFilters(section: SectionLike, name: NameOf): SearchTags['filters'] {
  const filters: SearchTags['filters'] = {};
  // Every search filter but `type` and `article` is the kind of a section's references.
  const refs = referencesOf('sections', section);
  for (const key of FILTER_KEYS.filter((k) => k !== 'type' && k !== 'article')) {
    const names = unique(refs.filter((r) => filterOf(r.kind) === key).map((r) => name(r.kind, r.id)));
    if (names.length) filters[key] = names;
  }
  return filters;
}

function dated(date: string | undefined): Pick<SearchTags, 'sort'> & { meta: Record<string, string> } {
  if (!date) return { sort: {}, meta: {} };
  const span = mustParseSpan(date);
  return { sort: { date: toDatetime(span.start) }, meta: { date: formatSpan(span) } };
}

const range = (p: { first: number; last: number }) => (p.first === p.last ? `¶ ${p.first}` : `¶ ${p.first}–${p.last}`);

/**
 * The article a page of the text belongs to, as the `article` filter's value (its title), in a site of several
 * articles only: with one, a filter of one value would narrow nothing.
 */
const inArticle = (article: string | undefined): SearchTags['filters'] => (article ? { article: [article] } : {});

export function sectionTags(s: SectionLike, name: NameOf, article?: string): SearchTags {
  const d = dated(s.date);
  return {
    filters: { type: [TYPE_LABEL.section], ...inArticle(article), ...topicFilters(s, name) },
    meta: { section: s.title, paragraphs: range(s.paragraphs), ...d.meta },
    sort: d.sort,
  };
}

/**
 * The article page, dated by its year of publication. Its copy of the text is not indexed (the section pages hold the
 * passages), so it is filed under no topic: a filter lists the passages that discuss the topic, not the page of the
 * whole text beside them; and its hidden tags do not weigh on the one page read at length.
 */
export function articleTags(year: number, paragraphCount: number, article?: string): SearchTags {
  const d = dated(String(year));
  return {
    filters: { type: [TYPE_LABEL.article], ...inArticle(article) },
    meta: { paragraphs: range({ first: 1, last: paragraphCount }), ...d.meta },
    sort: d.sort,
  };
}

/** The front matter in Russian: filed as what it is, dated by the article, with no paragraphs of the text. */
export function frontMatterTags(year: number, article?: string): SearchTags {
  const d = dated(String(year));
  return { filters: { type: [TYPE_LABEL.frontMatter], ...inArticle(article) }, meta: d.meta, sort: d.sort };
}

/**
 * An entity page is filed under itself and under every entity its record references, each under its kind's filter
 * (a country under its region, an organisation under its members and parent). `regionCountries`: for a region page,
 * the display names of the countries in that region.
 */
export function entityTags(kind: EntityKind, e: { name: string; date?: string; [field: string]: unknown }, name: NameOf, regionCountries: string[] = []): SearchTags {
  const filters: SearchTags['filters'] = { type: [TYPE_LABEL[kind]] };
  const add = (key: FilterKey | undefined, values: string[]) => {
    if (key && values.length) filters[key] = unique([...(filters[key] ?? []), ...values]);
  };
  add(filterOf(kind), [e.name]);
  add('country', regionCountries);
  // Members as of the article; a former member is not filed under the organisation.
  const current = referencesOf(kind, e).filter((r) => (r.item as { status?: string } | undefined)?.status !== 'former');
  for (const r of current) add(filterOf(r.kind), [name(r.kind, r.id)]);
  const d = dated(kind === 'treaties' ? e.date : undefined);
  return { filters, meta: d.meta, sort: d.sort };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
