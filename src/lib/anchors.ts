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

/** The About page's statement of the edition's one "as of" rule. */
export const AS_OF_ANCHOR = 'as-of';

/** The home page's list of articles: where the header's "Articles" link lands when the digest holds several. */
export const ARTICLES_ANCHOR = 'articles';
