/**
 * Input and output shapes of the citation library. The site builds a `CitationWork` from its
 * article record (content/articles/<id>/article.yaml); nothing here reads content itself, so the
 * library stays pure and testable.
 */

export interface CitationAuthor {
  family: string;
  /** Given names as printed ("Anna B.", "C. D."): styles that abbreviate derive the initials (names.ts). */
  given: string;
}

export interface CitationWork {
  title: string;
  authors: CitationAuthor[];
  journal: { title: string; issnPrint: string; issnOnline: string; publisher?: string };
  year: number;
  volume: number;
  issue: number;
  pages: { first: number; last: number };
  doi: string;
  /** BCP 47 language of the text. */
  language: string;
  /** The edition's canonical article URL. Pass `{ url: work.url }` as the pinpoint to cite the edition as a whole. */
  url: string;
}

/** A place in this edition: a section and/or a paragraph, and the stable URL that leads there. */
export interface Pinpoint {
  /**
   * As citations name it: a heading this edition added carries its mark, "Armenia (editorial heading)"
   * (headings.ts `markedTitle`), so no citation presents it as the authors'.
   */
  sectionTitle?: string;
  /** The section's fixed id: it makes the BibTeX key of a section's citation its own. */
  sectionId?: string;
  paragraph?: number;
  /** Stable URL with fragment, e.g. https://example.org/smith-jones-2021/central-asia/#p41 */
  url: string;
}

export type CitationFormat = 'apa' | 'chicago' | 'mla' | 'gost' | 'bibtex' | 'ris' | 'csl-json';

/** The formats rendered by citeproc-js, with their official CSL style files (./styles/<name>.csl). */
export const CSL_STYLES = { apa: 'apa', chicago: 'chicago-author-date', mla: 'modern-language-association' } as const;
export type CslStyle = keyof typeof CSL_STYLES;
export const isCslStyle = (format: string): format is CslStyle => Object.hasOwn(CSL_STYLES, format);

/** The subset of CSL-JSON (v1.0.2) this library writes. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article-journal';
  title: string;
  author: { family: string; given: string }[];
  'container-title': string;
  ISSN: string;
  publisher?: string;
  issued: { 'date-parts': [[number]] };
  volume: string;
  issue: string;
  page: string;
  DOI: string;
  language: string;
  URL?: string;
  note?: string;
  accessed?: { 'date-parts': [[number, number, number]] };
}
