// Synthetic digests for the scale test: N× the content = the real article plus N−1 copies under new
// ids (synthetic-01 …), in a temp folder that DIGEST_CONTENT points the build at.
//
// Why the real article stays in: entity records cite it (`sources: [karpovich-davydova-2021#pN]`),
// and the integrity check stops the build for a source naming an unknown article.
// Why the words change: identical copies would make a search index of duplicates that compresses
// unrealistically well. Each copy replaces about a quarter of its lower-case words (6+ letters) with a
// pseudo-word derived deterministically from (word, copy), so every copy brings new vocabulary while
// paragraphs, sentence shapes and entity names (what mentions, backlinks and checks depend on) stay.
// Frontmatter is copied unchanged (same entity references, events, ¶ ranges); source.txt gets the same
// substitutions; corrections are empty (a correction's `before` must occur once in source.txt).
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { projectRoot, tempDir } from './util.mjs';

const CONTENT = join(projectRoot, 'content');
const REAL = 'karpovich-davydova-2021';

/** Words that belong to an entity's name, text names or aliases are never replaced. */
function protectedWords() {
  const words = new Set();
  for (const file of readdirSync(join(CONTENT, 'entities'))) {
    const records = yaml.load(readFileSync(join(CONTENT, 'entities', file), 'utf8'));
    // Entity files hold lists of records; as-of.yaml holds the edition's date, no names.
    for (const e of Array.isArray(records) ? records : []) {
      for (const n of [e.name, ...(e.names ?? []), ...(e.aliases ?? [])]) for (const w of String(n).split(/\W+/)) words.add(w.toLowerCase());
    }
  }
  return words;
}

/** FNV-1a: a small, stable string hash (the same words on every machine and every run). */
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const SYLLABLES = ['ka', 'ro', 'vel', 'mi', 'tan', 'sor', 'li', 'dun', 've', 'ra', 'zol', 'ne', 'pri', 'sta', 'mon', 'gel'];

function pseudoWord(word, copy) {
  let h = hash(`${word}#${copy}`);
  let out = '';
  for (let i = 0; i < 3 + (h % 2); i++, h = hash(`${h}`)) out += SYLLABLES[h % SYLLABLES.length];
  return out;
}

function substituter(copy, keep) {
  return (text) =>
    text.replace(/\b[a-z]{6,}\b/g, (w) => (keep.has(w) || hash(`${w}@${copy}`) % 4 !== 0 ? w : pseudoWord(w, copy)));
}

/** Splits an MDX file into its frontmatter block (kept verbatim) and its body (rewritten). */
function rewriteMdx(text, sub) {
  const m = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(text);
  return m ? m[1] + sub(m[2]) : sub(text);
}

/** synthetic-01 …; three digits from 101× on, so ids sort in copy order. */
export function syntheticId(copy, factor) {
  return `synthetic-${String(copy).padStart(Math.max(2, String(factor - 1).length), '0')}`;
}

/**
 * @param {number} factor  total articles (1 = the real one only)
 * @returns {string} the content folder
 */
export function syntheticDigest(factor) {
  const root = tempDir(`content-${factor}x`);
  // Everything but the articles as it is: entities, the site's own record (site.yaml), datasets, redirects.
  for (const name of readdirSync(CONTENT)) if (name !== 'articles' && name !== 'guide') cpSync(join(CONTENT, name), join(root, name), { recursive: true });
  cpSync(join(CONTENT, 'articles', REAL), join(root, 'articles', REAL), { recursive: true });
  const src = join(CONTENT, 'articles', REAL);
  const record = yaml.load(readFileSync(join(src, 'article.yaml'), 'utf8'));
  const keep = protectedWords();
  for (let copy = 1; copy < factor; copy++) {
    const id = syntheticId(copy, factor);
    const dir = join(root, 'articles', id);
    const sub = substituter(copy, keep);
    mkdirSync(join(dir, 'sections'), { recursive: true });
    const rec = {
      ...record,
      id,
      title: { en: `${record.title.en} (synthetic copy ${copy})`, ru: `${record.title.ru} (копия ${copy})` },
      doi: `${record.doi}-synthetic-${copy}`,
    };
    writeFileSync(join(dir, 'article.yaml'), yaml.dump(rec, { lineWidth: -1 }));
    writeFileSync(join(dir, 'corrections.yaml'), 'corrections: []\n');
    writeFileSync(join(dir, 'source.txt'), sub(readFileSync(join(src, 'source.txt'), 'utf8')));
    for (const f of readdirSync(join(src, 'sections'))) {
      writeFileSync(join(dir, 'sections', f), rewriteMdx(readFileSync(join(src, 'sections', f), 'utf8'), sub));
    }
  }
  return root;
}
