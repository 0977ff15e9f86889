/**
 * What the search index records about each indexed page besides its words: filters (display names, as
 * readers see them), result metadata (section title, ¶ range, date) and a date sort key. Sections take
 * their filters from their frontmatter; the article page from all its sections; entity pages from the
 * entity record (a country page is filed under its region, an organisation page under its members).
 */
import { formatSpan, mustParseSpan, toDatetime } from '../timeline/dates.ts';
import type { EntityKind } from '../entities/integrity.ts';
import { FIELD_KIND } from '../entities/kinds.ts';
import { FILTER_KEYS, TYPE_LABEL, type FilterKey } from './state.ts';

export { TYPE_LABEL };

export interface SearchTags {
  filters: Partial<Record<FilterKey, string[]>>;
  meta: Record<string, string>;
  /** `data-pagefind-sort` keys; pages without a date have none and drop out of date-sorted results. */
  sort: Record<string, string>;
}


type Ref = { id: string };
/** Display name of an entity, by kind and id. */
export type NameOf = (kind: EntityKind, id: string) => string;

export interface SectionLike {
  title: string;
  paragraphs: { first: number; last: number };
  date: string;
  region: Ref[];
  country: Ref[];
  organisation: Ref[];
  treaty: Ref[];
}

function topicFilters(sections: SectionLike[], name: NameOf): SearchTags['filters'] {
  const filters: SearchTags['filters'] = {};
  // Every search filter but `type` and `article` is a reference field of the sections.
  for (const field of FILTER_KEYS.filter((k) => k !== 'type' && k !== 'article')) {
    const kind = FIELD_KIND[field];
    const names = unique(sections.flatMap((s) => s[field].map((r) => name(kind, r.id))));
    if (names.length) filters[field] = names;
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
    filters: { type: [TYPE_LABEL.section], ...inArticle(article), ...topicFilters([s], name) },
    meta: { section: s.title, paragraphs: range(s.paragraphs), ...d.meta },
    sort: d.sort,
  };
}

/** The article page: filed under every topic of its sections, dated by its year of publication. */
export function articleTags(sections: SectionLike[], year: number, paragraphCount: number, name: NameOf, article?: string): SearchTags {
  const d = dated(String(year));
  return {
    filters: { type: [TYPE_LABEL.article], ...inArticle(article), ...topicFilters(sections, name) },
    meta: { paragraphs: range({ first: 1, last: paragraphCount }), ...d.meta },
    sort: d.sort,
  };
}

/** The fields of entity records that file an entity page under other entities. */
export interface EntityLike {
  name: string;
  region?: Ref;
  country?: Ref;
  parent?: Ref;
  countries?: Ref[];
  parties?: Ref[];
  organisations?: Ref[];
  members?: { country: Ref; status: string }[];
  date?: string;
}

/** `regionCountries`: for a region page, the display names of the countries in that region. */
export function entityTags(kind: EntityKind, e: EntityLike, name: NameOf, regionCountries: string[] = []): SearchTags {
  const countries = (refs: (Ref | undefined)[]) => unique(refs.filter((r): r is Ref => !!r).map((r) => name('countries', r.id)));
  const filters: SearchTags['filters'] = { type: [TYPE_LABEL[kind]] };
  const add = (key: FilterKey, values: string[]) => {
    if (values.length) filters[key] = unique([...(filters[key] ?? []), ...values]);
  };
  if (kind === 'regions') add('region', [e.name]);
  if (kind === 'countries') add('country', [e.name]);
  if (kind === 'organisations') add('organisation', [e.name]);
  if (kind === 'treaties') add('treaty', [e.name]);
  if (e.region) add('region', [name('regions', e.region.id)]);
  if (e.parent) add('organisation', [name('organisations', e.parent.id)]);
  add('country', regionCountries);
  add('country', countries([e.country, ...(e.countries ?? []), ...(e.parties ?? [])]));
  // Members as of the article; a former member is not filed under the organisation.
  add('country', countries((e.members ?? []).filter((m) => m.status !== 'former').map((m) => m.country)));
  add('organisation', unique((e.organisations ?? []).map((r) => name('organisations', r.id))));
  const d = dated(kind === 'treaties' ? e.date : undefined);
  return { filters, meta: d.meta, sort: d.sort };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
