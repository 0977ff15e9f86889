/**
 * The formats citation-js renders: APA 7 (from the CSL style bundled with @citation-js/plugin-csl),
 * BibTeX and RIS. Static imports so Vite bundles the plugins; each plugin registers itself with the
 * one shared @citation-js/core on import.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CitationWork, CslItem, Pinpoint } from './types.ts';
import { doiUrl, isoDate, locatorLabel, usDate, utcParts } from './shared.ts';

// BibTeX's label convention: first author's family name, year, first word of the title that is not a stop word.
const STOP = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'and', 'to', 'for']);
export function citationKey(work: CitationWork): string {
  const ascii = (s: string) => s.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const word = work.title.split(/\s+/).find((w) => !STOP.has(w.toLowerCase())) ?? '';
  return `${ascii(work.authors[0]?.family ?? 'anon')}${work.year}${ascii(word)}`;
}

/**
 * CSL-JSON for the published article. With a pinpoint the item also carries this edition's stable
 * URL, the locator as `note` and the access date; CSL's `section` is not used because styles read it
 * as a newspaper section of the container, not a heading inside the article.
 */
export function toCsl(work: CitationWork, pinpoint?: Pinpoint, accessed?: Date): CslItem {
  const key = citationKey(work);
  const item: CslItem = {
    id: key,
    'citation-key': key,
    type: 'article-journal',
    title: work.title,
    // Where only initials are confirmed they stand in the given-name slot; nothing is expanded.
    author: work.authors.map((a) => ({ family: a.family, given: a.given ?? a.initials })),
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

/**
 * APA 7 reference entry. The CSL style renders the article; a pinpoint is appended by hand because a
 * reference-list entry has no slot for it: APA puts "(para. 41)"-style locators in the in-text
 * citation (§8.28, "Step 1 section, para. 3"), so the entry keeps that wording in parentheses after
 * the DOI — as APA does for "(Original work published …)" — and then points to this edition with
 * "Retrieved <date>, from <URL>" (§9.16) when an access date is given, or the bare URL otherwise.
 */
export function apa(work: CitationWork, pinpoint?: Pinpoint, accessed?: Date): string {
  const base = String(new Cite(toCsl(work)).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).trim();
  if (!base.endsWith(doiUrl(work.doi))) throw new Error('APA output lost the DOI'); // guards against a style change
  if (!pinpoint) return base;
  const label = locatorLabel(pinpoint);
  const where = label ? `${base} (${label}).` : base;
  return accessed ? `${where} Retrieved ${usDate(utcParts(accessed))}, from ${pinpoint.url}` : `${where} ${pinpoint.url}`;
}

/** BibTeX has no access-date field (biblatex's `urldate` is unknown to .bst styles), so it joins the note. */
export function bibtex(work: CitationWork, pinpoint?: Pinpoint, accessed?: Date): string {
  const item = toCsl(work, pinpoint);
  if (pinpoint && accessed) {
    const when = `accessed ${isoDate(utcParts(accessed))}`;
    item.note = item.note ? `${item.note}; ${when}` : when;
  }
  return `${String(new Cite(item).format('bibtex')).trim()}\n`;
}

/**
 * RIS, mapped by citation-js and written out here: its own writer wraps values at 70 characters,
 * which would break long URLs, and puts the whole range in SP where RIS has SP and EP.
 */
export function ris(work: CitationWork, pinpoint?: Pinpoint, accessed?: Date): string {
  const [record] = new Cite(toCsl(work, pinpoint, accessed)).format('ris', { format: 'object' }) as Array<Record<string, string | string[]>>;
  const lines = [`TY  - ${record!.TY}`];
  for (const [tag, value] of Object.entries(record!)) {
    if (tag === 'TY') continue;
    for (const v of ([] as string[]).concat(value)) {
      const range = tag === 'SP' ? /^(\d+)-(\d+)$/.exec(v) : null;
      if (range) lines.push(`SP  - ${range[1]}`, `EP  - ${range[2]}`);
      else lines.push(`${tag}  - ${v}`);
    }
  }
  lines.push('ER  - ');
  return `${lines.join('\n')}\n`;
}

/** A CSL-JSON file holds an array of items. */
export const cslJson = (work: CitationWork, pinpoint?: Pinpoint, accessed?: Date): string =>
  `${JSON.stringify([toCsl(work, pinpoint, accessed)], null, 2)}\n`;
