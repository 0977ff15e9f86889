/**
 * The search page's state lives in its address, so a search can be shared and bookmarked:
 * `/search/?q=gas&country=Belarus&organisation=Eurasian+Economic+Union&sort=date-asc`.
 * Filter values are the display names readers see; a key may repeat (all values must match).
 */
import { ENTITY_KINDS, KINDS, type EntityKind } from '../entities/kinds.ts';

/** Filter keys, in the order the page shows them; each is a `data-pagefind-filter` name. */
export const FILTER_KEYS = ['type', 'article', 'region', 'country', 'organisation', 'treaty'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const FILTER_LABEL: Record<FilterKey, { label: string; any: string }> = {
  type: { label: 'Kind of page', any: 'Any kind' },
  // Only a site of several articles files pages under an article (src/lib/search/tags.ts); with none, no select shows.
  article: { label: 'Article', any: 'Any article' },
  region: { label: 'Region', any: 'Any region' },
  country: { label: 'Country', any: 'Any country' },
  organisation: { label: 'Organisation', any: 'Any organisation' },
  treaty: { label: 'Treaty or document', any: 'Any treaty or document' },
};

/** The `type` filter's values: what kind of page a result opens (an entity page's is its kind's search type). */
export const TYPE_LABEL = {
  section: 'Article section',
  article: 'Full text',
  /** The article's front matter in Russian (its title, byline and abstract), on a page of its own. */
  frontMatter: 'Front matter in Russian',
  ...(Object.fromEntries(ENTITY_KINDS.map((k) => [k, KINDS[k].searchType])) as { [K in EntityKind]: (typeof KINDS)[K]['searchType'] }),
} as const;

/** Pages of the text: what the ranked list of passages holds. */
const TEXT_TYPES: string[] = [TYPE_LABEL.section, TYPE_LABEL.article, TYPE_LABEL.frontMatter];
/** Pages about one entity: shown apart, as a compact block, so a page that merely lists a name never outranks a passage that discusses it. */
const ENTITY_TYPES: string[] = Object.values(TYPE_LABEL).filter((t) => !TEXT_TYPES.includes(t));

/** Orders other than relevance; sorting by date lists only pages that have a date. */
export const SORTS = {
  'date-asc': { label: 'Date, earliest first', sort: { date: 'asc' } },
  'date-desc': { label: 'Date, latest first', sort: { date: 'desc' } },
} as const;
export type SortKey = keyof typeof SORTS;

/** The query parameter Pagefind adds to result links and the highlight script reads on the page opened. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Longer queries are cut: nobody types more, and a pasted page of text should not stall the index. */
const MAX_QUERY = 200;

/**
 * Characters that change no word a reader sees but split it for the index: zero-width space, joiners,
 * word joiner, byte-order mark, soft hyphen, and the bidirectional controls (which can also reverse
 * how an echoed query reads). Pasted text carries them.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** The query as the index should see it: invisible characters dropped, spaces collapsed, cut to length. */
export function normalizeQuery(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
}

/** Only the orders listed here: `sort=constructor` must not reach an inherited property of the object. */
function isSortKey(value: string | null): value is SortKey {
  return value !== null && Object.hasOwn(SORTS, value);
}

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
  sort?: SortKey;
}

export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).map(normalizeQuery).filter(Boolean))];
    if (values.length) filters[key] = values;
  }
  const sort = params.get('sort');
  return {
    q: normalizeQuery(params.get('q') ?? ''),
    filters,
    ...(isSortKey(sort) ? { sort } : {}),
  };
}

/** The address's query string for a state, `?…` or '' when empty; keys in a fixed order. */
export function stateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const v of state.filters[key] ?? []) params.append(key, v);
  if (state.sort) params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Whether there is anything to search for: words, or at least one filter (which lists all its pages). */
export function hasCriteria(state: SearchState): boolean {
  return state.q.trim() !== '' || FILTER_KEYS.some((k) => (state.filters[k]?.length ?? 0) > 0);
}

/** The options object for Pagefind's `search(term, options)`. */
export function pagefindOptions(state: SearchState): { filters: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> } {
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) if (state.filters[key]?.length) filters[key] = [...state.filters[key]!];
  return state.sort ? { filters, sort: { ...SORTS[state.sort].sort } } : { filters };
}

type PagefindOptions = ReturnType<typeof pagefindOptions>;
type Restricted = Omit<PagefindOptions, 'filters'> & { filters: Record<string, string[] | { any: string[] }> };

/**
 * The two searches the results page shows: the passages of the text (ranked) and the entity pages (a block
 * beside them). When the reader has chosen a kind of page, there is one list and no split.
 */
export function splitOptions(state: SearchState): { passages: Restricted; pages: Restricted } | undefined {
  if (state.filters.type?.length) return undefined;
  const base = pagefindOptions(state);
  return {
    passages: { ...base, filters: { ...base.filters, type: { any: TEXT_TYPES } } },
    pages: { ...base, filters: { ...base.filters, type: { any: ENTITY_TYPES } } },
  };
}

/** Filter counts, value by value: what Pagefind reports for each search of a split. */
export type FilterCounts = Record<string, Record<string, number>>;

/**
 * The counts of the whole search from those of its split (passages and pages): the two partition the results
 * by type, so the counts add up, and the page runs two searches per query rather than three.
 */
export function mergeCounts(a: FilterCounts, b: FilterCounts): FilterCounts {
  const out: FilterCounts = {};
  for (const counts of [a, b]) {
    for (const [key, values] of Object.entries(counts)) {
      const into = (out[key] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return out;
}

/** Sets one filter to a single value, or clears it with ''. */
export function withFilter(state: SearchState, key: FilterKey, value: string): SearchState {
  const filters = { ...state.filters };
  if (value) filters[key] = [value];
  else delete filters[key];
  return { ...state, filters };
}

/**
 * Alphabetical order for the filters' values without ICU: the first Intl.Collator or localeCompare on a page
 * loads collation data, a 10–30 ms task on this search page's start. Names compare on their letters with
 * accents set aside and case ignored (Åland beside Aland, not after Zimbabwe), then as written, so the order
 * is total and stable.
 */
export function compareNames(a: string, b: string): number {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const nameKey = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
