/**
 * Citations of the article in seven formats, plain text. Every output cites the published article in
 * full (journal, volume, issue, pages, DOI); a pinpoint adds a place in this edition and its stable URL.
 *
 * The access date is printed only with a pinpoint: it dates the visit to this edition's URL. Without
 * one the citation is of the published article, whose DOI needs no access date in any of these styles.
 */
import type { CitationFormat, CitationWork, Pinpoint } from './types.ts';
import { apa, bibtex, cslJson, ris } from './csl.ts';
import { chicago } from './chicago.ts';
import { mla } from './mla.ts';
import { gost } from './gost.ts';

export type { CitationAuthor, CitationFormat, CitationWork, CslItem, Pinpoint } from './types.ts';
export { toCsl, citationKey } from './csl.ts';

export interface CitationFormatInfo {
  id: CitationFormat;
  label: string;
  /** Present for the formats offered as files. */
  download?: { extension: string; mime: string };
}

export const CITATION_FORMATS: readonly CitationFormatInfo[] = [
  { id: 'apa', label: 'APA 7' },
  { id: 'chicago', label: 'Chicago (author-date)' },
  { id: 'mla', label: 'MLA 9' },
  { id: 'gost', label: 'GOST R 7.0.100-2018' },
  { id: 'bibtex', label: 'BibTeX', download: { extension: 'bib', mime: 'application/x-bibtex' } },
  { id: 'ris', label: 'RIS', download: { extension: 'ris', mime: 'application/x-research-info-systems' } },
  // The media type Crossref's content negotiation uses for CSL-JSON.
  { id: 'csl-json', label: 'CSL-JSON', download: { extension: 'json', mime: 'application/vnd.citationstyles.csl+json' } },
];

type Formatter = (work: CitationWork, pinpoint?: Pinpoint, accessed?: Date) => string;
const FORMATTERS: Record<CitationFormat, Formatter> = { apa, chicago, mla, gost, bibtex, ris, 'csl-json': cslJson };

const isCount = (n: unknown): boolean => Number.isInteger(n) && (n as number) > 0;

// Fail loudly on a malformed record rather than print "undefined" or "NaN" into a citation.
function check(work: CitationWork, pinpoint?: Pinpoint): void {
  const numbers = [work.year, work.volume, work.issue, work.pages?.first, work.pages?.last];
  if (!numbers.every(isCount)) throw new TypeError('year, volume, issue and pages must be positive integers');
  if (!work.title || !work.doi || !work.journal?.title || !work.authors?.length) throw new TypeError('title, DOI, journal and authors are required');
  if (work.authors.some((a) => !a.family || !a.initials)) throw new TypeError('every author needs a family name and initials');
  if (pinpoint && !pinpoint.url) throw new TypeError('a pinpoint needs its URL');
  if (pinpoint?.paragraph !== undefined && !isCount(pinpoint.paragraph)) throw new TypeError('paragraph must be a positive integer');
}

export function formatCitation(format: CitationFormat, work: CitationWork, pinpoint?: Pinpoint, accessed?: Date): string {
  const formatter = FORMATTERS[format];
  if (!formatter) throw new RangeError(`unknown citation format "${String(format)}"`);
  check(work, pinpoint);
  return formatter(work, pinpoint, pinpoint ? accessed : undefined);
}
