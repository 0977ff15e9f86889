/**
 * APA 7, Chicago author-date and MLA 9, rendered by citeproc-js — the engine Zotero and Mendeley use —
 * with the official CSL styles and the en-US locale of the Citation Style Language project, vendored in
 * ./styles/ (CC BY-SA 3.0; see styles/README.md). One source of truth: what the site shows is what a
 * reference manager makes of the site's own CSL-JSON with the same style. Build-time only: the style
 * files are read from disk, never fetched.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import CSL from 'citeproc';
import { CSL_STYLES, type CslItem, type CslStyle } from './types.ts';

// Builds, fixture builds and tests all run from the project root; a bundled module has no stable
// import.meta.url to resolve against.
const STYLE_DIR = resolve(process.cwd(), 'src/lib/citation/styles');
function readStyleFile(name: string): string {
  const file = resolve(STYLE_DIR, name);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`CSL file not found: ${file} (the citation styles are read from the project root)`);
  }
}

const items = new Map<string, CslItem>();
const engines = new Map<string, InstanceType<typeof CSL.Engine>>();

// One engine per style (building one parses the style, the slow part), switched between text and HTML.
function engine(style: CslStyle) {
  let e = engines.get(style);
  if (!e) {
    const locale = readStyleFile('locales-en-US.xml');
    e = new CSL.Engine({ retrieveLocale: () => locale, retrieveItem: (id: string) => items.get(id) }, readStyleFile(`${CSL_STYLES[style]}.csl`), 'en-US', true);
    engines.set(style, e);
  }
  return e;
}

/** Registers the item with the engine under its own id (the engines are shared, and run synchronously). */
function prepare(style: CslStyle, format: 'text' | 'html', item: CslItem) {
  items.set(item.id, item);
  const e = engine(style);
  e.setOutputFormat(format);
  e.updateItems([item.id]);
  return e;
}

/** The reference-list entry as plain text. */
export function cslReference(style: CslStyle, item: CslItem): string {
  const bib = prepare(style, 'text', item).makeBibliography();
  if (!bib) throw new Error(`citeproc rendered no ${style} entry for ${item.id}`);
  return bib[1].join('').trim();
}

// citeproc's HTML for these styles is text, entities and <i>; anything else (a style attribute, which a
// strict Content-Security-Policy would refuse, or a link) is refused here rather than shipped.
const ALLOWED = /<\/?(?:i|b|sup|sub)>/g;

/** The reference-list entry as HTML: the journal (APA: and the volume) in <i>. */
export function cslReferenceHtml(style: CslStyle, item: CslItem): string {
  const bib = prepare(style, 'html', item).makeBibliography();
  if (!bib) throw new Error(`citeproc rendered no ${style} entry for ${item.id}`);
  const html = bib[1].join('').trim().replace(/^<div class="csl-entry">([\s\S]*)<\/div>$/, '$1').trim();
  if (/</.test(html.replace(ALLOWED, ''))) throw new Error(`citeproc's ${style} HTML holds markup the site does not allow: ${html}`);
  return html;
}

/**
 * The in-text (parenthetical) citation, with a paragraph locator when given ("41" or "41-44"): where
 * APA 7 (8.28), Chicago (15.22) and MLA 9 put a pinpoint, since a reference entry has no slot for one.
 */
export function cslInText(style: CslStyle, item: CslItem, paragraphs?: string): string {
  const cite = { id: item.id, ...(paragraphs ? { locator: paragraphs, label: 'paragraph' } : {}) };
  return prepare(style, 'text', item).previewCitationCluster({ citationItems: [cite], properties: { noteIndex: 0 } }, [], [], 'text');
}
