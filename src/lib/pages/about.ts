/**
 * The edition notes' pages, computed once: /about/ (what the edition is, the facts it adds, each article's
 * publication with its notes or a link to them) and /about/<article>/ (one article's notes, when /about/ does not
 * hold them: src/lib/about.ts decides).
 */
import { notesInline, notesUrl } from '../about.ts';
import { authorLine, doiUrl, sourceLine } from '../citation/bibliography.ts';
import type { Digest } from '../digest/types.ts';
import { plural } from '../text.ts';
import type { ArticleRecord, ArticleView } from '../types.ts';
import { aboutUrl } from '../urls.ts';

/** Where an article was published, as both pages state it before its notes. */
export interface PublicationView {
  authors: string;
  source: string;
  doi: string;
  doiHref: string;
  issnPrint: string;
  issnOnline: string;
  publisher?: string;
}

export function publicationOf(r: ArticleRecord): PublicationView {
  return {
    authors: authorLine(r),
    source: sourceLine(r),
    doi: r.doi,
    doiHref: doiUrl(r),
    issnPrint: r.journal.issnPrint,
    issnOnline: r.journal.issnOnline,
    ...(r.journal.publisher ? { publisher: r.journal.publisher } : {}),
  };
}

export interface AboutPageView {
  asOf: { label: string; rule: string };
  articles: {
    /** The id of the article's heading, which its section is labelled by. */
    headingId: string;
    title: string;
    publication: PublicationView;
    /** What src/components/ArticleNotes.astro renders when the notes are here. */
    article: ArticleView;
    /** Whether /about/ holds the article's notes in full; if not, the line that links to them says what they hold. */
    notesInline: boolean;
    corrections: string;
    notesHref: string;
  }[];
}

export function aboutPage(d: Digest): AboutPageView {
  return {
    asOf: { label: d.asOf.label, rule: d.asOf.rule },
    articles: d.articles.map((a) => ({
      headingId: `about-${a.id}`,
      title: a.record.title.en,
      publication: publicationOf(a.record),
      article: a,
      notesInline: notesInline(d, a.id),
      corrections: plural(a.corrections.length, 'correction'),
      notesHref: notesUrl(d, a.id),
    })),
  };
}

/** The articles that have a page of notes of their own: those whose notes /about/ does not hold. */
export const aboutArticleIds = (d: Digest): string[] => d.articles.filter((a) => !notesInline(d, a.id)).map((a) => a.id);

export interface AboutArticlePageView {
  title: string;
  description: string;
  articleTitle: string;
  publication: PublicationView;
  article: ArticleView;
  /** /about/ itself, which says what the edition is and what facts it adds. */
  aboutHref: string;
}

export function aboutArticlePage(d: Digest, id: string): AboutArticlePageView {
  const a = d.articles.find((x) => x.id === id);
  if (!a) throw new Error(`aboutArticlePage: no article "${id}" in the digest (articles: ${d.articles.map((x) => x.id).join(', ')})`);
  const title = a.record.title.en;
  return {
    title: `About this edition: ${title}`,
    description: `Provenance, corrections and known gaps of this edition of “${title}”.`,
    articleTitle: title,
    publication: publicationOf(a.record),
    article: a,
    aboutHref: aboutUrl(),
  };
}
