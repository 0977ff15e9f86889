/**
 * Headings this edition added (`heading: editorial`) are not the authors'. Wherever a section is named outside its
 * own text — lists of sections, page titles — the name carries that mark, in words, so no reader takes the edition's
 * heading for the article's.
 */
import type { SectionData } from './types.ts';

export const EDITORIAL_MARK = 'editorial heading';

type Titled = Pick<SectionData, 'title' | 'heading'>;

/** The section's title for a page's <title>: "Kazakhstan (editorial heading)". */
export function markedTitle(s: Titled): string {
  return s.heading === 'editorial' ? `${s.title} (${EDITORIAL_MARK})` : s.title;
}
