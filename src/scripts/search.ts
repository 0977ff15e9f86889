/**
 * The search page: Pagefind's JavaScript API with a small interface of our own (Pagefind's UIs keep no
 * state in the address and cannot show our ¶ metadata). Everything shown is built with createElement
 * and text nodes; nothing typed or indexed is ever parsed as HTML. No inline styles: the CSP forbids
 * them, so showing and hiding uses the `hidden` attribute.
 */
import { excerptParts, openingWords } from '../lib/search/aliases.ts';
import {
  FILTER_KEYS, FILTER_LABEL, HIGHLIGHT_PARAM, SORTS, compareNames, hasCriteria, mergeCounts, normalizeQuery, pagefindOptions, parseState, splitOptions, stateQuery, withFilter,
  type FilterCounts as Counts, type FilterKey, type SearchState, type SortKey,
} from '../lib/search/state.ts';
interface SubResult { title: string; url: string; excerpt: string; locations?: number[]; anchor?: { text?: string } }
interface ResultData { url: string; excerpt: string; meta: Record<string, string | undefined>; filters: Record<string, string[]>; sub_results: SubResult[] }
interface Search { results: { id: string; data(): Promise<ResultData> }[]; filters: Counts }
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Counts>;
  search(term: string | null, options?: object): Promise<Search>;
  debouncedSearch(term: string | null, options?: object, wait?: number): Promise<Search | null>;
}

const PAGE_SIZE = 10;
const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('[data-search-form]');
const input = $<HTMLInputElement>('[data-search-input]');
const filtersBox = $<HTMLFieldSetElement>('[data-search-filters]');
const status = $<HTMLParagraphElement>('[data-search-status]');
const list = $<HTMLOListElement>('[data-search-results]');
const more = $<HTMLButtonElement>('[data-search-more]');
const pagesBox = $<HTMLElement>('[data-search-pages]');
const pagesList = $<HTMLUListElement>('[data-search-pages-list]');
/** Entity pages shown in the block; more are a filter away. */
const PAGES_SHOWN = 6;
/** One select per filter, with every value the index and the address name for it, in order. */
const filterSelects: { key: FilterKey; select: HTMLSelectElement; values: string[] }[] = [];

let state: SearchState = parseState(location.search);
let pagefind: Pagefind;
let totals: Counts = {};
let latest = 0;
let pending: Search['results'] = [];

input.value = state.q;
void start();

async function start(): Promise<void> {
  try {
    // The page names the bundle and the site's folder (src/lib/urls.ts), so a site in a folder of its host
    // finds its index and gets result links inside that folder. A variable, so the bundler leaves the file alone.
    const bundle = form.dataset.bundle!;
    pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    // Long section pages with several mentions should not lose to one-line entity pages that name a word
    // once: lower length normalisation than Pagefind's default (termFrequency 1, pageLength 0.75).
    await pagefind.options({ baseUrl: form.dataset.base, highlightParam: HIGHLIGHT_PARAM, excerptLength: 32, ranking: { termFrequency: 0.3, pageLength: 0.3 } });
    totals = await pagefind.filters();
  } catch {
    // `astro dev` has no index; neither has a build that skipped the Pagefind integration.
    $('[data-search-unavailable]').hidden = false;
    filtersBox.hidden = true;
    status.textContent = 'Search is not available on this copy of the site.';
    return;
  }
  buildFilters();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true);
  });
  input.addEventListener('input', () => {
    state = { ...state, q: normalizeQuery(input.value) };
    void run(false);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = list.querySelector('a');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
  list.addEventListener('keydown', moveThroughResults);
  more.addEventListener('click', () => void showMore(latest));
  if (hasCriteria(state)) await run(true);
}

/**
 * One select per filter, plus the sort order. A select starts with its "any" option and the value the address
 * chose; showCounts lists the values with results, after each search (or the index's totals, with nothing to
 * search for).
 */
function buildFilters(): void {
  for (const key of FILTER_KEYS) {
    const values = [...new Set([...Object.keys(totals[key] ?? {}), ...(state.filters[key] ?? [])])].sort(compareNames);
    if (!values.length) continue;
    const chosen = state.filters[key]?.[0] ?? '';
    const select = addSelect(`search-filter-${key}`, FILTER_LABEL[key].label, [['', FILTER_LABEL[key].any], ...(chosen ? [[chosen, chosen] as [string, string]] : [])]);
    select.value = chosen;
    select.addEventListener('change', () => {
      state = withFilter(state, key, select.value);
      void run(true);
    });
    filterSelects.push({ key, select, values });
  }
  const sort = addSelect('search-sort', 'Order', [['', 'Best match first'], ...Object.entries(SORTS).map(([k, s]) => [k, s.label] as [string, string])]);
  sort.value = state.sort ?? '';
  sort.addEventListener('change', () => {
    state = { ...state, sort: (sort.value || undefined) as SortKey | undefined };
    void run(true);
  });
  if (!hasCriteria(state)) showCounts(totals);
}

function addSelect(id: string, label: string, options: [string, string][]): HTMLSelectElement {
  const wrap = el('p', 'search-filter');
  const labelEl = el('label');
  labelEl.htmlFor = id;
  labelEl.textContent = label;
  const select = el('select');
  select.id = id;
  for (const [value, text] of options) select.append(new Option(text, value));
  wrap.append(labelEl, select);
  filtersBox.append(wrap);
  return select;
}

/**
 * "Russia (12)". A select lists the values with results, and the chosen one: all of them (every country,
 * organisation and treaty, over a hundred options) with most hidden made the largest style and layout task of a
 * search. A select whose list is unchanged is left alone.
 */
function showCounts(counts: Counts): void {
  for (const { key, select, values } of filterSelects) {
    const chosen = select.value;
    const listed = values.filter((v) => v === chosen || (counts[key]?.[v] ?? 0) > 0).map((v) => [v, `${v} (${counts[key]?.[v] ?? 0})`] as const);
    const current = [...select.options].slice(1);
    if (current.length === listed.length && current.every((o, i) => o.value === listed[i]![0] && o.text === listed[i]![1])) continue;
    select.replaceChildren(select.options[0]!, ...listed.map(([value, text]) => new Option(text, value)));
    select.value = chosen;
  }
}

async function run(now: boolean): Promise<void> {
  const mine = ++latest;
  const query = stateQuery(state);
  if (query !== location.search) history.replaceState(null, '', `${location.pathname}${query}`);
  if (!hasCriteria(state)) {
    list.replaceChildren();
    pagesList.replaceChildren();
    pagesBox.hidden = true;
    more.hidden = true;
    status.replaceChildren();
    showCounts(totals);
    return;
  }
  const term = state.q || null;
  // Without a kind of page chosen, the passages and the entity pages are searched apart (splitOptions), and the
  // two searches together stand for the whole one: its count and its filter counts (mergeCounts).
  const split = splitOptions(state);
  const first = split ? split.passages : pagefindOptions(state);
  const passages = now ? await pagefind.search(term, first) : await pagefind.debouncedSearch(term, first, 200);
  if (!passages || mine !== latest) return;
  const pages = split ? await pagefind.search(term, split.pages) : undefined;
  if (mine !== latest) return;
  const total = passages.results.length + (pages?.results.length ?? 0);
  showCounts(await facetCounts(term, pages ? mergeCounts(passages.filters, pages.filters) : passages.filters));
  if (mine !== latest) return;
  pending = passages.results;
  // Both lists are built before either is shown, so they appear together and nothing jumps.
  const [pageItems, passageItems] = await Promise.all([
    Promise.all((pages?.results ?? []).slice(0, PAGES_SHOWN).map(async (r) => pageItem(await r.data()))),
    nextItems(0),
  ]);
  if (mine !== latest) return;
  pagesList.replaceChildren(...pageItems);
  if (pages && pages.results.length > PAGES_SHOWN) pagesList.append(morePagesItem(pages.results.length - PAGES_SHOWN));
  pagesBox.hidden = pageItems.length === 0;
  list.replaceChildren(...passageItems);
  more.hidden = list.children.length >= pending.length;
  status.replaceChildren(...summary(total));
}

/**
 * A chosen filter's own counts come from the search without it, so each value shows what choosing it
 * instead would give (a select holds one value per filter).
 */
async function facetCounts(term: string | null, counts: Counts): Promise<Counts> {
  const out = { ...counts };
  for (const key of FILTER_KEYS) {
    if (!state.filters[key]) continue;
    const without = await pagefind.search(term, pagefindOptions(withFilter(state, key, '')));
    out[key] = without.filters[key] ?? {};
  }
  return out;
}

async function nextItems(from: number): Promise<HTMLLIElement[]> {
  const data = await Promise.all(pending.slice(from, from + PAGE_SIZE).map((r) => r.data()));
  return data.map(resultItem);
}

async function showMore(mine: number): Promise<void> {
  const items = await nextItems(list.children.length);
  if (mine !== latest) return;
  list.append(...items);
  more.hidden = list.children.length >= pending.length;
}

/** An entity page in the block: its name, linked, and what kind of page it is. */
function pageItem(d: ResultData): HTMLLIElement {
  const li = el('li');
  const a = el('a');
  a.href = d.url;
  a.textContent = d.meta.title || d.url;
  li.append(a);
  const kind = d.filters.type?.[0];
  if (kind) li.append(Object.assign(el('span', 'meta'), { textContent: ` ${kind.toLowerCase()}` }));
  return li;
}

/** The rest of the entity pages are the same search narrowed to a kind of page: the type filter says how many. */
function morePagesItem(n: number): HTMLLIElement {
  return Object.assign(el('li', 'meta'), { textContent: `and ${n} more: choose a kind of page under “Narrow the results”` });
}

/**
 * The status line. What the reader typed or chose is echoed inside <bdi>, so right-to-left text or a
 * stray direction control in it cannot reorder the words around it.
 */
function summary(n: number): (Node | string)[] {
  const filters = FILTER_KEYS.flatMap((k) => state.filters[k] ?? []);
  const words = state.q ? [' for “', bdi(state.q), '”'] : [];
  const within = filters.length ? [' within ', ...filters.flatMap((f, i) => (i ? [' + ', bdi(f)] : [bdi(f)]))] : [];
  const order = state.sort ? `, dated pages only, ${SORTS[state.sort].label.toLowerCase()}` : '';
  if (n === 0) return ['No results', ...words, ...within, `.${filters.length ? ' Try removing a filter.' : ''}`];
  return [`${n} ${n === 1 ? 'result' : 'results'}`, ...words, ...within, `${order}.`];
}

function bdi(text: string): HTMLElement {
  return Object.assign(el('bdi'), { textContent: text });
}

/** A result: title linking to the best-matching paragraph or heading, what and where, the excerpt, other matches. */
function resultItem(d: ResultData): HTMLLIElement {
  const subs = d.sub_results ?? [];
  const best = subs.reduce<SubResult | undefined>((a, s) => (!a || (s.locations?.length ?? 0) > (a.locations?.length ?? 0) ? s : a), undefined);
  const li = el('li', 'search-result');
  const heading = el('h2', 'search-result-title');
  const link = el('a');
  link.href = best?.url ?? d.url;
  link.textContent = d.meta.title || d.url;
  heading.append(link);
  const meta = el('p', 'meta search-result-meta');
  // In a site of several articles a page of the text names its article (its `article` filter): "¶ 3" alone is ambiguous.
  meta.textContent = [d.filters.type?.[0], d.filters.article?.[0], d.meta.paragraphs, d.meta.date].filter(Boolean).join(' · ');
  li.append(heading, meta, excerpt(best ?? d, best && best.title !== d.meta.title ? best.title : undefined));
  const others = subs.filter((s) => s !== best && s.title !== d.meta.title).slice(0, 3);
  if (others.length) {
    const ul = el('ul', 'search-subresults');
    for (const s of others) {
      const item = el('li');
      const a = el('a');
      a.href = s.url;
      a.textContent = s.title;
      item.append(a, excerpt(s));
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

/**
 * Pagefind's excerpt without the fenced alias words (src/lib/search-aliases.ts). When little is left (the
 * window fell on a long list of other names), the paragraph's own opening words stand in for it.
 */
function excerpt(r: { excerpt: string; anchor?: { text?: string } }, where?: string): HTMLParagraphElement {
  const p = el('p', 'search-excerpt');
  if (where) p.append(Object.assign(el('span', 'search-where'), { textContent: `${where} ` }));
  const { parts, aliases, words } = excerptParts(r.excerpt);
  if (words < 12 && r.anchor?.text) p.append(openingWords(r.anchor.text));
  else for (const part of parts) p.append(part.mark ? Object.assign(el('mark'), { textContent: part.text }) : part.text);
  if (aliases.length) p.append(Object.assign(el('span', 'search-alias'), { textContent: ` (found under another name: ${aliases.join(', ')})` }));
  return p;
}

/** Up and down arrows move between the links of the results; Tab works as everywhere. */
function moveThroughResults(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll('a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  event.preventDefault();
  if (event.key === 'ArrowUp' && at === 0) input.focus();
  else links[Math.min(links.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1))]?.focus();
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

