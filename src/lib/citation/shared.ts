/** Small helpers shared by the hand-written formats (GOST, the machine formats' notes, the templates). */
import type { Pinpoint } from './types.ts';

export interface DayParts { year: number; month: number; day: number }

/** Read in UTC so a date means the same day wherever the site is built. */
export function utcParts(date: Date): DayParts {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError('accessed must be a valid Date');
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "29.11.2026" (GOST). */
export const dottedDate = (d: DayParts): string => `${pad(d.day)}.${pad(d.month)}.${d.year}`;
/** "2026-11-29" (machine formats). */
export const isoDate = (d: DayParts): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

export const doiUrl = (doi: string): string => `https://doi.org/${doi}`;

/** A section id as part of a citation key: letters, digits and "_" only ("central-asia" → "central_asia"). */
export const keyPart = (id: string): string => id.replace(/\W/g, '_');

export const fullRange = (first: number, last: number): string => (last <= first ? String(first) : `${first}–${last}`);

/** The neutral locator of the machine formats' note: "Central Asia section, para. 41". */
export function locatorLabel(p: Pinpoint): string | undefined {
  const parts: string[] = [];
  if (p.sectionTitle) parts.push(`${p.sectionTitle} section`);
  if (p.paragraph !== undefined) parts.push(`para. ${p.paragraph}`);
  return parts.length ? parts.join(', ') : undefined;
}
