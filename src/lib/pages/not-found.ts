/** The 404 page, computed once: the way home and every article's full text, the two ways back into the digest. */
import type { Digest } from '../digest/types.ts';
import { homeUrl } from '../urls.ts';

export interface NotFoundPageView {
  home: string;
  /** How the sentence names the texts: one article or each of several. */
  fullTextOf: string;
  articles: { href: string; title: string }[];
}

export function notFoundPage(d: Pick<Digest, 'articles'>): NotFoundPageView {
  return {
    home: homeUrl(),
    fullTextOf: d.articles.length === 1 ? 'the article' : 'each article',
    articles: d.articles.map((a) => ({ href: a.url, title: a.record.title.en })),
  };
}
