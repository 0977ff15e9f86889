/**
 * The Atom feed (RFC 4287) of the digest: one entry for each article added and one for each correction made to a
 * text. Dates are what content/ records, never the build's clock: an article's `added` day, a correction's own `date`
 * or else its article's `added` day (corrections made with the first text). Atom needs a time of day; the records hold
 * days, so each is given as 00:00:00 UTC of its day. The feed's `updated` is its newest entry's.
 */

export interface FeedArticle {
  /** The article's address on the site (absolute). */
  url: string;
  title: string;
  /** Authors as printed, e.g. "A. B. Smith". */
  authors: string[];
  /** YYYY-MM-DD: the day this edition published the text. */
  added: string;
  /** A line that identifies the publication, e.g. "Journal of Examples 2021;8(3):315–330". */
  citation: string;
  corrections: FeedCorrection[];
}

export interface FeedCorrection {
  id: string;
  /** The correction's row on the About page (absolute): the entry's id and link. */
  url: string;
  /** The corrected ¶'s address (absolute). */
  paragraphUrl: string;
  paragraph: number;
  before: string;
  after: string;
  reason: string;
  /** YYYY-MM-DD, where the correction records its own day. */
  date?: string;
}

export interface FeedInput {
  /** The feed's own address (absolute): its id and rel="self". */
  url: string;
  /** The site's home page (absolute). */
  home: string;
  title: string;
  subtitle: string;
  /** Who publishes the feed: the edition. */
  author: string;
  articles: FeedArticle[];
}

interface Entry {
  id: string;
  title: string;
  updated: string;
  links: { rel: string; href: string }[];
  authors: string[];
  summary: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const stamp = (day: string) => `${day}T00:00:00Z`;

export function feedEntries(input: FeedInput): Entry[] {
  const entries = input.articles.flatMap((a, ai) => [
    {
      order: [ai, -1],
      entry: {
        id: a.url,
        title: `Article added: ${a.title}`,
        updated: stamp(a.added),
        links: [{ rel: 'alternate', href: a.url }],
        authors: a.authors,
        summary: `${a.authors.join(', ')}, “${a.title}”, ${a.citation}: the full text, with ¶ numbers, entity pages and citations${a.corrections.length ? `, and ${a.corrections.length} correction${a.corrections.length === 1 ? '' : 's'} to the received wording` : ''}.`,
      },
    },
    ...a.corrections.map((c, ci) => ({
      order: [ai, ci],
      entry: {
        id: c.url,
        title: `Correction to ¶ ${c.paragraph} of “${a.title}”: “${c.before}” → “${c.after}”`,
        updated: stamp(c.date ?? a.added),
        links: [
          { rel: 'alternate', href: c.url },
          { rel: 'related', href: c.paragraphUrl },
        ],
        authors: [],
        summary: c.reason,
      },
    })),
  ]);
  // Newest first; entries of one day keep the records' order (an article before its corrections).
  return entries
    .sort((x, y) => y.entry.updated.localeCompare(x.entry.updated) || x.order[0]! - y.order[0]! || x.order[1]! - y.order[1]!)
    .map((x) => x.entry);
}

export function atomFeed(input: FeedInput): string {
  const entries = feedEntries(input);
  if (!entries.length) throw new Error('the Atom feed has no entries: the digest has no article');
  const updated = entries.map((e) => e.updated).sort().at(-1)!;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${esc(input.url)}</id>`,
    `  <title>${esc(input.title)}</title>`,
    `  <subtitle>${esc(input.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${esc(input.author)}</name><uri>${esc(input.home)}</uri></author>`,
    `  <link rel="self" type="application/atom+xml" href="${esc(input.url)}"/>`,
    `  <link rel="alternate" type="text/html" href="${esc(input.home)}"/>`,
    ...entries.flatMap((e) => [
      '  <entry>',
      `    <id>${esc(e.id)}</id>`,
      `    <title>${esc(e.title)}</title>`,
      `    <updated>${e.updated}</updated>`,
      ...e.links.map((l) => `    <link rel="${l.rel}" type="text/html" href="${esc(l.href)}"/>`),
      ...e.authors.map((name) => `    <author><name>${esc(name)}</name></author>`),
      `    <summary>${esc(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return lines.join('\n') + '\n';
}
