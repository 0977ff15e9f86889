/**
 * Input and output shapes of the citation library. The site builds a `CitationWork` from its
 * article record (content/articles/<id>/article.yaml); nothing here reads content itself, so the
 * library stays pure and testable.
 */

export interface CitationAuthor {
  family: string;
  /** Given names in full, only where confirmed; styles that want full names fall back to initials. */
  given?: string;
  /** Initials as published, e.g. "O. G.". */
  initials: string;
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
  sectionTitle?: string;
  paragraph?: number;
  /** Stable URL with fragment, e.g. https://example.org/karpovich-davydova-2021/central-asia/#p41 */
  url: string;
}

export type CitationFormat = 'apa' | 'chicago' | 'mla' | 'gost' | 'bibtex' | 'ris' | 'csl-json';

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
