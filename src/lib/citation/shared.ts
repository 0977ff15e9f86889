/** Small helpers shared by the hand-written styles (Chicago, MLA, GOST). */
import type { CitationAuthor, Pinpoint } from './types.ts';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
// MLA 9 abbreviates months longer than four letters; May, June and July stay whole.
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export interface DayParts { year: number; month: number; day: number }

/** Read in UTC so a date means the same day wherever the site is built. */
export function utcParts(date: Date): DayParts {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError('accessed must be a valid Date');
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "November 29, 2026" (APA, Chicago). */
export const usDate = (d: DayParts): string => `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
/** "29 Nov. 2026" (MLA 9). */
export const mlaDate = (d: DayParts): string => `${d.day} ${MLA_MONTHS[d.month - 1]} ${d.year}`;
/** "29.11.2026" (GOST). */
export const dottedDate = (d: DayParts): string => `${pad(d.day)}.${pad(d.month)}.${d.year}`;
/** "2026-11-29" (machine formats). */
export const isoDate = (d: DayParts): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

export const doiUrl = (doi: string): string => `https://doi.org/${doi}`;

/**
 * Inclusive page numbers, abbreviated as Chicago (CMOS 9.64) or MLA 9 ask: 315–30, 101–8 (Chicago)
 * or 106–08 (MLA, which always keeps two digits). Numbers below 100 and, for Chicago, multiples of
 * 100 stay whole; so does a range whose numbers differ in length.
 */
export function abbreviatedRange(first: number, last: number, style: 'chicago' | 'mla'): string {
  if (last <= first) return String(first);
  const f = String(first);
  const l = String(last);
  if (first < 100 || (style === 'chicago' && first % 100 === 0) || f.length !== l.length) return `${f}–${l}`;
  let same = 0;
  while (f[same] === l[same]) same++;
  const minimum = style === 'chicago' && first % 100 < 10 ? 1 : 2;
  return `${f}–${l.slice(-Math.max(l.length - same, minimum))}`;
}

export const fullRange = (first: number, last: number): string => (last <= first ? String(first) : `${first}–${last}`);

// Chicago 8.159 and MLA 9 both lower-case articles, prepositions, coordinating conjunctions and "to"/"as".
// "so" and "yet" are left out: they are often adverbs, which both styles capitalise.
const MINOR = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'as', 'at', 'by', 'from', 'in', 'into', 'of', 'off',
  'on', 'onto', 'per', 'to', 'up', 'upon', 'via', 'vs', 'with',
]);

/**
 * Headline-style capitalisation for Chicago and MLA. The record keeps the title in sentence case as
 * published, so words are only ever raised, never lowered (proper nouns and acronyms are safe).
 */
export function headlineCase(title: string): string {
  const words = title.split(' ');
  return words
    .map((word, i) => {
      const opensPhrase = i === 0 || /[:?!.]$/.test(words[i - 1] ?? '');
      const isLast = i === words.length - 1;
      const parts = word.split('-');
      return parts
        .map((part, j) => {
          const edge = (opensPhrase && j === 0) || (isLast && j === parts.length - 1);
          if (!edge && MINOR.has(part.toLowerCase().replace(/\P{L}/gu, ''))) return part;
          if (/\p{Lu}/u.test(part.slice(1))) return part; // mixed case such as "iPhone": leave alone
          // Raise the first letter only, past any opening quotation mark or bracket.
          return part.replace(/^(\P{L}*)(\p{Ll})/u, (_, lead: string, c: string) => lead + c.toUpperCase());
        })
        .join('-');
    })
    .join(' ');
}

/** Adds a full stop unless the text already ends in terminal punctuation (e.g. the "V." of "A. V."). */
export const closeSentence = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`);

/** A quoted title whose own "?" or "!" replaces the closing punctuation: “Title,” / “Title?” */
export function quoted(title: string, punctuation: ',' | '.'): string {
  return /[?!]$/.test(title) ? `“${title}”` : `“${title}${punctuation}”`;
}

/** Full given names where known, else initials: Chicago and MLA give names as fully as the source allows. */
export const givenOrInitials = (a: CitationAuthor): string => a.given ?? a.initials;

/** "Karpovich, Oleg Gennadievich, and A. V. Davydova" — first author inverted, the rest in natural order. */
export function invertedFirstList(authors: CitationAuthor[]): string {
  const names = authors.map((a, i) => (i === 0 ? `${a.family}, ${givenOrInitials(a)}` : `${givenOrInitials(a)} ${a.family}`));
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]}, and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

/** The neutral locator used by APA and the machine formats: "Central Asia section, para. 41". */
export function locatorLabel(p: Pinpoint): string | undefined {
  const parts: string[] = [];
  if (p.sectionTitle) parts.push(`${p.sectionTitle} section`);
  if (p.paragraph !== undefined) parts.push(`para. ${p.paragraph}`);
  return parts.length ? parts.join(', ') : undefined;
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
