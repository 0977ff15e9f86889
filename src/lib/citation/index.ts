/**
 * Citations of the article in seven formats. Every output cites the published article in full
 * (journal, volume, issue, pages, DOI).
 *
 * APA 7, Chicago author-date and MLA 9 are rendered by citeproc-js with the official CSL styles from the
 * article's CSL-JSON (./citeproc.ts): their reference entries are the standard ones, and a pinpoint goes
 * into the in-text citation ("(Smith & Jones, 2021, para. 41)"), where those styles put it. GOST
 * R 7.0.100-2018 (no maintained CSL style exists for it) is our own small formatter. The machine formats
 * carry a pinpoint as this edition's URL, a note naming the place, and — only with a pinpoint — the
 * access date of that URL.
 */
import { isCslStyle, type CitationFormat, type CitationWork, type CslStyle, type Pinpoint } from './types.ts';
import { bibtex, cslJson, ris, toCsl } from './csl.ts';
import { cslInText, cslReference, cslReferenceHtml } from './citeproc.ts';
import { gost } from './gost.ts';

export type { CitationAuthor, CitationFormat, CitationWork, CslItem, Pinpoint } from './types.ts';
export { toCsl, citationKey } from './csl.ts';
export { CSL_STYLES, isCslStyle, type CslStyle } from './types.ts';

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
const viaCiteproc = (style: CslStyle): Formatter => (work, pinpoint, accessed) => cslReference(style, toCsl(work, pinpoint, accessed));
const FORMATTERS: Record<CitationFormat, Formatter> = {
  apa: viaCiteproc('apa'),
  chicago: viaCiteproc('chicago'),
  mla: viaCiteproc('mla'),
  gost,
  bibtex,
  ris,
  'csl-json': cslJson,
};

const isCount = (n: unknown): boolean => Number.isInteger(n) && (n as number) > 0;

// Fail loudly on a malformed record rather than print "undefined" or "NaN" into a citation.
function check(work: CitationWork, pinpoint?: Pinpoint): void {
  const numbers = [work.year, work.volume, work.issue, work.pages?.first, work.pages?.last];
  if (!numbers.every(isCount)) throw new TypeError('year, volume, issue and pages must be positive integers');
  if (!work.title || !work.doi || !work.journal?.title || !work.authors?.length) throw new TypeError('title, DOI, journal and authors are required');
  if (work.authors.some((a) => !a.family || !a.given)) throw new TypeError('every author needs a family name and the given names as printed');
  if (pinpoint && !pinpoint.url) throw new TypeError('a pinpoint needs its URL');
  if (pinpoint?.paragraph !== undefined && !isCount(pinpoint.paragraph)) throw new TypeError('paragraph must be a positive integer');
}

/** The citation as plain text: what downloads, and what Copy puts on the clipboard as text/plain. */
export function formatCitation(format: CitationFormat, work: CitationWork, pinpoint?: Pinpoint, accessed?: Date): string {
  const formatter = FORMATTERS[format];
  if (!formatter) throw new RangeError(`unknown citation format "${String(format)}"`);
  check(work, pinpoint);
  return formatter(work, pinpoint, pinpoint ? accessed : undefined);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text a browser shows for the HTML (the markup allowed is tags without attributes, and entities). */
export function htmlText(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (named[e.toLowerCase()] ?? m),
    );
}

/**
 * The citation as HTML, styled as the style asks (journal in italics; APA also the volume): what the
 * page shows, and what Copy puts on the clipboard as text/html. Its text is `formatCitation`'s.
 */
export function formatCitationHtml(format: CitationFormat, work: CitationWork, pinpoint?: Pinpoint, accessed?: Date): string {
  if (!isCslStyle(format)) return escapeHtml(formatCitation(format, work, pinpoint, accessed));
  const html = cslReferenceHtml(format, toCsl(work, pinpoint, pinpoint ? accessed : undefined));
  // What is copied as text/plain and downloaded must be what the styled version reads.
  const text = formatCitation(format, work, pinpoint, accessed);
  if (htmlText(html) !== text) throw new Error(`the ${format} HTML reads differently from its text:\n${htmlText(html)}\n≠ ${text}`);
  return html;
}

/**
 * The in-text citation of an author-date style, with the paragraphs as its locator: one ("41") or a
 * section's range ("41-44"); none cites the article as a whole.
 */
export function inTextCitation(style: CslStyle, work: CitationWork, paragraphs?: { first: number; last?: number }): string {
  check(work);
  const locator = paragraphs && (paragraphs.last && paragraphs.last > paragraphs.first ? `${paragraphs.first}-${paragraphs.last}` : String(paragraphs.first));
  return cslInText(style, toCsl(work), locator);
}
