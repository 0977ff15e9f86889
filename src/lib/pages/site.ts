/** What every page shows around its content: the header's name and links, the footer's attribution of each article. */
import type { Digest } from '../digest/types.ts';
import { authorLine } from '../citation/bibliography.ts';
import { siteTitle } from '../site.ts';
import { aboutUrl, articlesUrl, entityIndexUrl, homeUrl, mapUrl, timelineUrl } from '../urls.ts';

export interface SiteChrome {
  /** The full title: the feed's name and every page title's suffix. */
  title: string;
  name: string;
  tagline?: string;
  nav: { href: string; label: string }[];
  /**
   * Each article's text is its authors': the footer says whose and where it was published — in a site of one article.
   * With several, none: a list on every page would grow with each article (the footer links the home page's list).
   */
  credits: { title: string; authors: string; journal: string; year: number }[];
}

export function siteChrome(d: Digest): SiteChrome {
  const { articles, site } = d;
  return {
    title: siteTitle(site),
    name: site.name,
    ...(site.tagline ? { tagline: site.tagline } : {}),
    nav: [
      { href: homeUrl(), label: 'Digest' },
      // One article: straight to it; several: to the list on the home page.
      articles.length === 1 ? { href: articles[0]!.url, label: 'Article' } : { href: articlesUrl(), label: 'Articles' },
      { href: entityIndexUrl('regions'), label: 'Regions' },
      { href: entityIndexUrl('countries'), label: 'Countries' },
      { href: entityIndexUrl('organisations'), label: 'Organisations' },
      { href: entityIndexUrl('treaties'), label: 'Treaties' },
      { href: timelineUrl(), label: 'Timeline' },
      { href: mapUrl(), label: 'Map' },
      { href: aboutUrl(), label: 'About' },
    ],
    credits: (articles.length === 1 ? articles : []).map((a) => ({ title: a.record.title.en, authors: authorLine(a.record), journal: a.record.journal.title, year: a.record.year })),
  };
}
