/**
 * How pages that gather items from every article stay light as articles are added (content/site.yaml's
 * `paging`). Pure functions over counts and lists, unit-tested in tests/unit/paging.test.ts.
 *
 * - An entity page lists, per article, that article's sections, paragraphs and events about the entity while
 *   the page's budget of items allows (`shareByArticle`); an article whose share does not fit gets one line
 *   with its counts and a link to the entity's page for that article alone (/<kind>/<id>/<article>/).
 * - The timeline and its filtered views are cut into pages of results in date order (`pageOf`):
 *   /timeline/, /timeline/page/2/ …
 *
 * A site of one article never splits: its pages and addresses stay as they were published.
 */

export interface ArticleCount {
  article: string;
  count: number;
}

export interface ArticleShare extends ArticleCount {
  /** Listed in full on the page; otherwise summed up with a link to the article's own page. */
  inline: boolean;
}

/**
 * Which articles' items an entity page lists in full, within `budget` items in all. The smallest shares are
 * placed first, each article getting at most an equal part of what is left, so that one article with many
 * mentions cannot push out several with a few, and the page never lists more than `budget` items (what keeps
 * it within its weight however many articles the site holds). Returned in the order given.
 */
export function shareByArticle(counts: readonly ArticleCount[], budget: number): ArticleShare[] {
  const inline = new Set<string>();
  let left = budget;
  const bySize = counts.filter((c) => c.count > 0).sort((a, b) => a.count - b.count || a.article.localeCompare(b.article));
  bySize.forEach((c, i) => {
    const share = Math.floor(left / (bySize.length - i));
    if (c.count <= share) {
      inline.add(c.article);
      left -= c.count;
    }
  });
  return counts.filter((c) => c.count > 0).map((c) => ({ ...c, inline: inline.has(c.article) }));
}

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
}

/** How many pages `total` items fill, `size` a page; an empty list still has its one (empty) page. */
export function pageCount(total: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive whole number, not ${size}`);
  return Math.max(1, Math.ceil(total / size));
}

/** Page `n` (1-based) of `items`, `size` a page. */
export function pageOf<T>(items: readonly T[], n: number, size: number): Page<T> {
  const count = pageCount(items.length, size);
  if (!Number.isInteger(n) || n < 1 || n > count) throw new Error(`page ${n} does not exist: ${items.length} items make ${count} pages of ${size}`);
  return { number: n, count, items: items.slice((n - 1) * size, n * size) };
}

/** The site path of page `n` of a paged view whose first page is `first` (`/timeline/` → `/timeline/page/2/`). */
export function pagePath(first: string, n: number): string {
  if (!first.endsWith('/')) throw new Error(`a paged view's path ends with "/", not "${first}"`);
  return n === 1 ? first : `${first}page/${n}/`;
}
