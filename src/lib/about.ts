/**
 * Where each article's edition notes (provenance, layout undone, corrections, references, what is not known) are
 * read: on /about/ itself while they fit its budget of rows (content/site.yaml's `paging.aboutItems`, shared out
 * by src/lib/paging.ts), otherwise on the article's own /about/<article>/, which /about/ links to. A site of one
 * article keeps every note on /about/, at the addresses first published.
 */
import type { Digest } from './digest/types.ts';
import type { ArticleView } from './types.ts';
import { shareByArticle } from './paging.ts';
import { articleNotesUrl } from './urls.ts';

/** The rows an article's notes list: the measure of its share of /about/. */
export function noteRows(a: Pick<ArticleView, 'corrections'> & { record: { inferredBreaks: unknown[]; notAvailable: unknown[]; restorationNotes: unknown[]; edition?: { layout?: unknown[] } } }): number {
  // The fixed parts (heading, provenance, perspective, references) count as a few rows each article has.
  const FIXED = 5;
  return FIXED + a.corrections.length + a.record.inferredBreaks.length + a.record.notAvailable.length + a.record.restorationNotes.length + (a.record.edition?.layout?.length ?? 0);
}

const cache = new WeakMap<Digest, Map<string, boolean>>();

/** Whether /about/ holds the article's notes in full. */
export function notesInline(digest: Digest, article: string): boolean {
  let inline = cache.get(digest);
  if (!inline) {
    inline =
      digest.articles.length === 1
        ? new Map([[digest.articles[0]!.id, true]])
        : new Map(shareByArticle(digest.articles.map((a) => ({ article: a.id, count: noteRows(a) })), digest.site.paging.aboutItems).map((s) => [s.article, s.inline]));
    cache.set(digest, inline);
  }
  return inline.get(article) ?? false;
}

/** A part of an article's notes (`<article>-corrections`, `correction-<id>`), wherever the notes are. */
export const notesUrl = (digest: Digest, article: string, anchor?: string) => articleNotesUrl(article, notesInline(digest, article), anchor);

/** Whether the article's notes say how its front matter in Russian was restored (a part of the notes only then). */
export const hasRestorationNotes = (record: { restorationNotes: unknown[]; edition?: { otherLanguage?: string } }) =>
  Boolean(record.edition?.otherLanguage) || record.restorationNotes.length > 0;
