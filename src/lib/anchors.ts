/** The anchor scheme of DESIGN.md: `#p<N>` for paragraphs, fixed ids for headings. Published: never change. */

export function paragraphAnchor(n: number): string {
  return `p${n}`;
}

/** Parses `p12` back to 12; null for anything else. */
export function paragraphNumber(anchor: string): number | null {
  const m = /^p([1-9]\d*)$/.exec(anchor.replace(/^#/, ''));
  return m ? Number(m[1]) : null;
}

/** A section's heading on the article's reading copy: the section's fixed id. */
export function sectionAnchor(section: string): string {
  return section;
}

/** A member state's row in an organisation page's table of members. */
export function memberAnchor(country: string): string {
  return `member-${country}`;
}

/** A correction's row in the About page's list of changes to the received wording. */
export function correctionAnchor(id: string): string {
  return `correction-${id}`;
}

/** The parts of an article's edition notes, each headed by an anchor the article page links to. */
export type NotesPart = 'provenance' | 'perspective' | 'layout' | 'corrections' | 'references' | 'russian-front-matter' | 'not-available';

/** A part of an article's edition notes: `<article>-corrections`. The notes of several articles share /about/. */
export function notesAnchor(article: string, part: NotesPart): string {
  return `${article}-${part}`;
}

/** The About page's statement of the edition's one "as of" rule. */
export const AS_OF_ANCHOR = 'as-of';

/** The home page's list of articles: where the header's "Articles" link lands when the digest holds several. */
export const ARTICLES_ANCHOR = 'articles';
