/**
 * The machine formats: CSL-JSON (the item every style renders from), and BibTeX and RIS written by
 * citation-js from it. Static imports so Vite bundles the plugins; each plugin registers itself with the
 * one shared @citation-js/core on import.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CitationWork, CslItem, Pinpoint } from './types.ts';
import { isoDate, keyPart, locatorLabel, utcParts } from './shared.ts';

// BibTeX's label convention: first author's family name, year, first word of the title that is not a stop word.
const STOP = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'and', 'to', 'for']);
const ascii = (s: string) => s.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();

/**
 * The key of one download: "smith2021example" for the article, "smith2021example_central_asia" for
 * a section, "smith2021example_p41" for a paragraph (¶ numbers run through the whole article). Each
 * download's entry has its own key, so entries saved from several pages combine in one .bib file. Only
 * letters, digits and "_": citation-js replaces a key holding "-" or ":" with one of its own making.
 */
export function citationKey(work: CitationWork, pinpoint?: Pinpoint): string {
  const word = work.title.split(/\s+/).find((w) => !STOP.has(w.toLowerCase())) ?? '';
  const base = `${ascii(work.authors[0]?.family ?? 'anon')}${work.year}${ascii(word)}`;
  if (pinpoint?.paragraph !== undefined) return `${base}_p${pinpoint.paragraph}`;
  if (pinpoint?.sectionId) return `${base}_${keyPart(pinpoint.sectionId)}`;
  return base;
}

/**
 * CSL-JSON for the published article. With a pinpoint the item also carries this edition's stable
 * URL, the locator as `note` and the access date; CSL's `section` is not used because styles read it
 * as a newspaper section of the container, not a heading inside the article. The official APA, Chicago
 * and MLA styles print none of the three next to a DOI, so the reference entry stays the standard one.
 */
export function toCsl(work: CitationWork, pinpoint?: Pinpoint, accessed?: Date): CslItem {
  const key = citationKey(work, pinpoint);
  const item: CslItem = {
    id: key,
    'citation-key': key,
    type: 'article-journal',
    title: work.title,
    // The given names as printed; styles that abbreviate make the initials themselves.
    author: work.authors.map((a) => ({ family: a.family, given: a.given })),
    'container-title': work.journal.title,
    // Both ISSNs in one field, comma-separated, as Zotero exports them.
    ISSN: `${work.journal.issnPrint}, ${work.journal.issnOnline}`,
    issued: { 'date-parts': [[work.year]] },
    volume: String(work.volume),
    issue: String(work.issue),
    page: work.pages.last > work.pages.first ? `${work.pages.first}-${work.pages.last}` : String(work.pages.first),
    DOI: work.doi,
    language: work.language,
  };
  if (work.journal.publisher) item.publisher = work.journal.publisher;
  if (pinpoint) {
    item.URL = pinpoint.url;
    const label = locatorLabel(pinpoint);
    if (label) item.note = label;
    if (accessed) {
      const d = utcParts(accessed);
      item.accessed = { 'date-parts': [[d.year, d.month, d.day]] };
    }
  }
  return item;
}

/** BibTeX has no access-date field (biblatex's `urldate` is unknown to .bst styles), so it joins the note. */
export function bibtex(work: CitationWork, pinpoint?: Pinpoint, accessed?: Date): string {
  const item = toCsl(work, pinpoint);
  // biblatex's @article has no publisher field (biber warns about one), and its ISSN field holds one
  // ISSN that biber's data-model check validates: the print ISSN, the one the DOI carries.
  delete item.publisher;
  item.ISSN = work.journal.issnPrint;
  if (pinpoint && accessed) {
    const when = `accessed ${isoDate(utcParts(accessed))}`;
    item.note = item.note ? `${item.note}; ${when}` : when;
  }
  // citation-js repeats the url as `howpublished`, which biber's data model refuses on @article ("Invalid field").
  return `${String(new Cite(item).format('bibtex')).trim().replace(/^\s*howpublished = \{[^\n]*\},\n/m, '')}\n`;
}

/**
 * RIS, mapped by citation-js and written out here: its own writer wraps values at 70 characters,
 * which would break long URLs, and puts the whole range in SP where RIS has SP and EP.
 */
export function ris(work: CitationWork, pinpoint?: Pinpoint, accessed?: Date): string {
  const item = toCsl(work, pinpoint, accessed);
  const [record] = new Cite(item).format('ris', { format: 'object' }) as Array<Record<string, string | string[]>>;
  const lines = [`TY  - ${record!.TY}`];
  for (const [tag, value] of Object.entries(record!)) {
    // RIS limits ID to 20 characters and citation-js cuts a longer key, so the cut keys of two sections or
    // paragraphs could collide: ID is written only for the article's own entry, and only whole (the BibTeX
    // and CSL-JSON files carry every key whole).
    if (tag === 'TY' || (tag === 'ID' && (pinpoint || value !== item.id))) continue;
    for (const v of ([] as string[]).concat(value)) {
      const range = tag === 'SP' ? /^(\d+)-(\d+)$/.exec(v) : null;
      if (range) lines.push(`SP  - ${range[1]}`, `EP  - ${range[2]}`);
      else lines.push(`${tag}  - ${v}`);
    }
  }
  // citation-js writes no PB for a journal article; RIS has the tag for every type, and Zotero reads it.
  if (item.publisher && !('PB' in record!)) lines.push(`PB  - ${item.publisher}`);
  lines.push('ER  - ');
  return `${lines.join('\n')}\n`;
}

/** A CSL-JSON file holds an array of items. */
export const cslJson = (work: CitationWork, pinpoint?: Pinpoint, accessed?: Date): string =>
  `${JSON.stringify([toCsl(work, pinpoint, accessed)], null, 2)}\n`;
