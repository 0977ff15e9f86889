/**
 * The search page, computed once: where its form sends a query, where the script finds Pagefind's bundle and the
 * site, and the entity indexes it offers a reader whose browser runs no script. It needs nothing from the digest:
 * what the search finds is Pagefind's index, which src/integrations/pagefind.ts builds.
 */
import { KIND_LABEL, type EntityKind } from '../entities/kinds.ts';
import { entityIndexUrl, homeUrl, pagefindUrl, searchUrl } from '../urls.ts';

export interface SearchPageView {
  action: string;
  bundle: string;
  base: string;
  /** The indexes in the order of the header's links (regions, countries, organisations, treaties), then people and places. */
  browse: { href: string; label: string }[];
}

const BROWSE: EntityKind[] = ['regions', 'countries', 'organisations', 'treaties', 'people', 'places'];

export function searchPage(): SearchPageView {
  return {
    action: searchUrl(),
    bundle: pagefindUrl('pagefind.js'),
    base: homeUrl(),
    browse: BROWSE.map((k) => ({ href: entityIndexUrl(k), label: KIND_LABEL[k].plural })),
  };
}
