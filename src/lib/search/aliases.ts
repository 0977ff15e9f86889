/**
 * Pagefind has no synonyms, so each paragraph carries, in an attribute that Pagefind indexes
 * (`data-pagefind-index-attrs`), the other names of the entities it mentions: a reader who types
 * "Kyiv" finds the paragraph that says "Kiev". The attribute changes neither the visible text nor
 * what a screen reader reads, but Pagefind puts its words into the page's indexed text, so they turn
 * up in result excerpts. Each word is therefore fenced, `⁅Kyiv⁆`: Pagefind indexes it as `kyiv` (the
 * fences are punctuation), and the search page drops every fenced word from an excerpt before showing
 * it (`excerptParts`), however the excerpt was cut.
 */

export const ALIAS_OPEN = '⁅';
export const ALIAS_CLOSE = '⁆';

/** The names of the mentioned entities that the paragraph does not already use, once each, in order. */
export function otherNames(text: string, mentioned: { searchNames: string[] }[]): string[] {
  const out = new Set<string>();
  for (const e of mentioned) for (const name of e.searchNames) if (!text.includes(name)) out.add(name);
  return [...out];
}

/** The attribute value: each word of the names once, fenced; undefined when there are none. */
export function aliasAttribute(names: string[]): string | undefined {
  const words = [...new Set(names.flatMap((n) => n.split(/\s+/)).filter(Boolean))];
  return words.length ? words.map((w) => `${ALIAS_OPEN}${w}${ALIAS_CLOSE}`).join(' ') : undefined;
}

export interface ExcerptPart {
  text: string;
  /** A word Pagefind matched (it wraps those in <mark>). */
  mark: boolean;
}

const WORD = `${ALIAS_OPEN}([^${ALIAS_CLOSE}\\s]*)${ALIAS_CLOSE}`;
/** A run of matched alias words ("<mark>⁅Eurasian⁆</mark> <mark>⁅Union⁆</mark>"): one name, as far as the reader is concerned. */
const MATCHED_RUN = new RegExp(`(?:<mark>${WORD}</mark>\\s*)+`, 'g');
const FENCED = new RegExp(`(?:<mark>)?${WORD}(?:</mark>)?`, 'g');

/**
 * Turns a Pagefind excerpt (HTML-escaped text with <mark> around matched words) into plain text parts,
 * for text nodes and never for innerHTML, without the fenced alias words. `aliases` lists the alias
 * words that matched, so the page can say why a passage was found; `words` counts what is left.
 */
export function excerptParts(excerpt: string): { parts: ExcerptPart[]; aliases: string[]; words: number } {
  const aliases: string[] = [];
  const s = excerpt
    .replace(MATCHED_RUN, (run) => {
      aliases.push(decodeEntities([...run.matchAll(new RegExp(WORD, 'g'))].map((m) => m[1]).join(' ')));
      return ' ';
    })
    .replace(FENCED, '');
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of s.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') mark = piece === '<mark>';
    else if (piece) parts.push({ text: decodeEntities(piece).replace(/\s+/g, ' '), mark });
  }
  if (parts.length) {
    parts[0]!.text = parts[0]!.text.trimStart();
    parts[parts.length - 1]!.text = parts[parts.length - 1]!.text.trimEnd();
  }
  const kept = parts.filter((p) => p.text);
  const words = kept.map((p) => p.text).join('').split(/\s+/).filter(Boolean).length;
  return { parts: kept, aliases: [...new Set(aliases)], words };
}

/**
 * The first words of a paragraph, from the text Pagefind keeps for each anchor, without the ¶ permalink
 * ("¶ Paragraph 20", indexed as ignored but kept in that text): stands in for an excerpt of alias words.
 */
export function openingWords(anchorText: string, max = 30): string {
  const words = anchorText.replace(/^\s*¶\s*Paragraph\s*\d*\s*/, '').split(/\s+/).filter(Boolean);
  return words.slice(0, max).join(' ') + (words.length > max ? ' …' : '');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Undoes the HTML escaping of an excerpt: named entities Pagefind emits and numeric ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return NAMED[code.toLowerCase()] ?? whole;
    const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
    return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}
