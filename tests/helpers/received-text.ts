/**
 * The received text, with the PDF's artefacts undone, as paragraphs and sentences: the yardstick
 * the fidelity test holds the built site against. Only layout is undone here; every change to
 * wording goes through corrections.yaml and is listed on the About page.
 */

export interface ReceivedBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

export interface Correction {
  id: string;
  before: string;
  after: string;
}

/** How one article's received text is read: article.yaml's `fidelity` record. */
export interface FidelityRules {
  /** The line where the article's text begins (its first heading, as received). */
  start: string;
  /** A regular expression matching a line of the journal's running header, which the extraction left in the text. */
  runningHeader?: string;
}
/** The article's own headings are set in capitals on a line of their own. */
const HEADING = /^[A-Z][A-Z ]+$/;
/** A line that ends a sentence (optionally closed by a citation marker or a quote). */
const SENTENCE_END = /[.!?](?:\s*\[\d+\])?[”"]?$|\[\d+\]\.$/;

/**
 * Turns the extracted text into headings and paragraphs.
 *
 * - Lines are joined with a space; a line ending in a hyphen is joined without one and the hyphen
 *   is kept: in this text every line-final hyphen belongs to a compound (post-Soviet, Nagorno-Karabakh).
 * - Runs of spaces from justified setting collapse to one.
 * - A line that starts with a space marks a page or column break. When the line before it ends a
 *   sentence the break also starts a paragraph (the extraction lost the indent there).
 */
export function receivedBlocks(source: string, rules: FidelityRules): ReceivedBlock[] {
  const lines = dropRunningHeader(source.split(/\r?\n/), rules.runningHeader);
  const start = lines.findIndex((l) => l.trim() === rules.start);
  if (start < 0) throw new Error(`source text has no heading "${rules.start}" (article.yaml, field "fidelity.start")`);
  const blocks: ReceivedBlock[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push({ kind: 'paragraph', text: joinLines(current) });
    current = [];
  };
  for (const raw of lines.slice(start)) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    if (HEADING.test(line)) {
      flush();
      blocks.push({ kind: 'heading', text: line });
      continue;
    }
    const pageBreak = raw.startsWith(' ');
    const previous = current[current.length - 1];
    if (pageBreak && previous && SENTENCE_END.test(previous.trim())) flush();
    current.push(line);
  }
  flush();
  return blocks;
}

/**
 * Removes the running header's lines. Between blank lines inside a paragraph, the blank lines go with it, so the
 * paragraph it interrupted is joined again.
 */
function dropRunningHeader(lines: string[], pattern?: string): string[] {
  if (!pattern) return lines;
  const header = new RegExp(pattern);
  const blank = (l: string | undefined) => l !== undefined && !l.trim();
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!header.test(lines[i]!)) {
      out.push(lines[i]!);
      continue;
    }
    if (blank(out.at(-1)) && blank(lines[i + 1])) {
      out.pop();
      i++;
    }
  }
  return out;
}

function joinLines(lines: string[]): string {
  let text = '';
  for (const line of lines) {
    if (!text) text = line;
    else if (text.endsWith('-')) text += line;
    else text += ' ' + line;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Applies the recorded emendations; each `before` must occur exactly once in the text. */
export function applyCorrections(paragraphs: string[], corrections: Correction[]): string[] {
  const out = [...paragraphs];
  for (const c of corrections) {
    const hits = out.flatMap((p, i) => (p.split(c.before).length - 1 > 0 ? [[i, p.split(c.before).length - 1] as const] : []));
    const total = hits.reduce((n, [, k]) => n + k, 0);
    if (total !== 1) throw new Error(`correction "${c.id}": "${c.before}" occurs ${total} times in the received text, expected once`);
    const [i] = hits[0]!;
    out[i] = out[i]!.replace(c.before, c.after);
  }
  return out;
}

/**
 * Splits text into sentences. Both the received text and the site's text go through the same
 * splitter, so its imperfections (an initial such as "V." ends a "sentence") cancel out.
 */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?][”"]?(?:\s?\[\d+\])?)\s+(?=[A-Z“"\[])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Compares two sentence sequences. Returns null when they are equal, otherwise a description of
 * the first difference, so a failing test says which sentence was lost, added or changed.
 */
export function firstDifference(expected: string[], actual: string[]): string | null {
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    if (expected[i] !== actual[i]) {
      return `sentence ${i + 1}: expected ${JSON.stringify(expected[i] ?? '(end of text)')}, found ${JSON.stringify(actual[i] ?? '(end of text)')}`;
    }
  }
  return null;
}
