/**
 * Citation templates for the browser. The citation library runs at build time only (citation-js is far
 * too heavy for a reading page), so the build renders each format once for a pinpoint made of
 * placeholder values, and the cite box's script fills in the real section, paragraph, URL and today's
 * date. `fillTemplate(template) === formatCitation(real values)` is checked by the unit tests and again
 * by the build for every section (src/lib/cite-data.ts), so a change in the library cannot go unnoticed.
 *
 * Imported by src/scripts/cite.ts: keep it free of citation-js and of anything else heavy.
 */
import type { CitationFormat } from './types.ts';
import type { CslStyle } from './types.ts';
import { dottedDate, isoDate, keyPart, type DayParts } from './shared.ts';

export type { DayParts };

/**
 * Values no real citation contains; each appears in the rendered text as given. A paragraph's URL is
 * rendered as `<url>#p<paragraph>`, so the "#p" comes from the library itself, escaped wherever it
 * escapes it (citation-js writes `\#` in BibTeX's howpublished field), and only the section URL and the
 * number are filled in.
 */
export const PLACEHOLDER = {
  sectionTitle: 'qqsectionqq',
  sectionId: 'qqidqq',
  paragraph: 987654321,
  url: 'https://qqurlqq.invalid/',
  date: { year: 2999, month: 12, day: 31 },
} as const;

/**
 * How each text format that prints the access date writes it (mirrors the library; the round-trip tests
 * keep it so). APA, Chicago and MLA print none next to a DOI.
 */
export const ACCESS_DATE: Partial<Record<CitationFormat, (d: DayParts) => string>> = {
  gost: dottedDate,
  bibtex: isoDate,
  // citation-js writes RIS dates unpadded: 2026/1/9/.
  ris: (d) => `${d.year}/${d.month}/${d.day}/`,
};

export type Texts = Record<CitationFormat, string>;

/**
 * The templates file (/<article>/cite-templates.json), fetched by the cite box's script only when it
 * needs it (a section page, or a ¶ in the address) and cached by the browser across the article's pages.
 */
export interface CiteData {
  /** The article's sections; `url` is absolute. */
  sections: { id: string; title: string; url: string; first: number; last: number }[];
  /** A section's citation (title and URL), to re-render with today's date. */
  section: Texts;
  /** A paragraph's citation. */
  paragraph: Texts;
  /** A paragraph's in-text citation in each author-date style. */
  inText: Record<CslStyle, string>;
  /** A paragraph's citation key, which names its downloaded file. */
  paragraphKey: string;
}

export interface FillValues {
  /** As citations name it (an editorial heading carries its mark). */
  sectionTitle: string;
  sectionId: string;
  /** The section's stable URL, without a fragment. */
  sectionUrl: string;
  paragraph?: number;
  date: DayParts;
}

// split/join rather than replaceAll: a "$" in a title must not act as a replacement pattern.
const swap = (text: string, from: string, to: string) => text.split(from).join(to);

export function fillTemplate(format: CitationFormat, template: string, v: FillValues): string {
  const slots = (s: string) =>
    swap(swap(swap(swap(s, PLACEHOLDER.sectionTitle, v.sectionTitle), PLACEHOLDER.sectionId, keyPart(v.sectionId)), PLACEHOLDER.url, v.sectionUrl), String(PLACEHOLDER.paragraph), String(v.paragraph ?? ''));
  if (format === 'csl-json') {
    // Filled as data, so a title with quotes stays valid JSON; the key order (and so the text) is kept.
    const items = JSON.parse(template, (_key, x) => (typeof x === 'string' ? slots(x) : x)) as Array<Record<string, unknown>>;
    for (const item of items) if (item.accessed) item.accessed = { 'date-parts': [[v.date.year, v.date.month, v.date.day]] };
    return `${JSON.stringify(items, null, 2)}\n`;
  }
  const date = ACCESS_DATE[format];
  return slots(date ? swap(template, date(PLACEHOLDER.date), date(v.date)) : template);
}

/** The reader's calendar day: the access date is the day they see, not the UTC day. */
export const localDay = (d: Date): DayParts => ({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
