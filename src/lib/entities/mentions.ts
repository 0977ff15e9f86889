/**
 * Finds mentions of entities in the article text by their exact names: whole words, case as written,
 * longest name first, so "CIS Executive Committee" wins over "CIS" and "Georgian Dream" is not
 * "Georgia". A possessive ("Russia’s") still mentions Russia, because the apostrophe ends the word.
 */
import type { EntityKind } from './integrity.ts';

export interface Named {
  kind: EntityKind;
  id: string;
  /** Forms that name the entity in the text. */
  names: string[];
}

export interface Mention {
  kind: EntityKind;
  id: string;
  /** Offsets into the searched text. */
  start: number;
  end: number;
  text: string;
}

export interface Matcher {
  /** Candidate names by their first character, longest first. */
  byFirst: Map<string, { name: string; kind: EntityKind; id: string }[]>;
}

const WORD = /[\p{L}\p{N}]/u;

export function buildMatcher(entities: Named[]): Matcher {
  const owners = new Map<string, Named>();
  const byFirst: Matcher['byFirst'] = new Map();
  for (const e of entities) {
    for (const name of e.names) {
      const owner = owners.get(name);
      if (owner && (owner.kind !== e.kind || owner.id !== e.id)) {
        throw new Error(`the name "${name}" is claimed by both ${owner.kind}/${owner.id} and ${e.kind}/${e.id}`);
      }
      owners.set(name, e);
      const list = byFirst.get(name[0]!) ?? [];
      list.push({ name, kind: e.kind, id: e.id });
      byFirst.set(name[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
  return { byFirst };
}

/**
 * Leftmost-longest scan: at each word start, the longest name that ends on a word boundary wins.
 * With `nested`, names inside a longer name are reported too ("Union State" inside "Treaty on the
 * Creation of the Union State"): the index counts them as mentions; links use the outermost only.
 */
export function findMentions(text: string, matcher: Matcher, options: { nested?: boolean } = {}): Mention[] {
  const found: Mention[] = [];
  let i = 0;
  while (i < text.length) {
    const candidates = WORD.test(text[i - 1] ?? '') ? undefined : matcher.byFirst.get(text[i]!);
    const hit = candidates?.find((c) => text.startsWith(c.name, i) && !WORD.test(text[i + c.name.length] ?? ''));
    if (hit) {
      found.push({ kind: hit.kind, id: hit.id, start: i, end: i + hit.name.length, text: hit.name });
      if (options.nested) found.push(...innerMentions(text, i, hit.name, matcher));
      i += hit.name.length;
    } else {
      i += 1;
    }
  }
  return found;
}

/** Mentions strictly inside a matched name: names that start at a word start within it and end inside it. */
function innerMentions(text: string, start: number, name: string, matcher: Matcher): Mention[] {
  const end = start + name.length;
  const found: Mention[] = [];
  for (let j = start; j < end; j++) {
    if (WORD.test(text[j - 1] ?? '')) continue;
    const hit = matcher.byFirst
      .get(text[j]!)
      ?.find((c) => c.name !== name && j + c.name.length <= end && text.startsWith(c.name, j) && !WORD.test(text[j + c.name.length] ?? ''));
    if (hit) {
      found.push({ kind: hit.kind, id: hit.id, start: j, end: j + hit.name.length, text: hit.name });
      j += hit.name.length - 1;
    }
  }
  return found;
}

/** The sentence around a mention, for backlink context; cut at sentence ends, trimmed to ~maxLength. */
export function contextAround(text: string, m: Pick<Mention, 'start' | 'end'>, maxLength = 240): { before: string; match: string; after: string } {
  const startOfSentence = Math.max(0, ...[...text.slice(0, m.start).matchAll(/[.!?]\s+(?=[A-Z“"])/g)].map((x) => x.index! + x[0].length));
  const rest = text.slice(m.end);
  const endMatch = /[.!?](?=\s+[A-Z“"]|\s*$)/.exec(rest);
  const endOfSentence = endMatch ? m.end + endMatch.index + 1 : text.length;
  let before = text.slice(startOfSentence, m.start);
  let after = text.slice(m.end, endOfSentence);
  const room = Math.max(0, maxLength - (m.end - m.start));
  if (before.length + after.length > room) {
    const half = Math.floor(room / 2);
    if (before.length > half) before = '…' + before.slice(before.length - half).replace(/^\S*\s/, '');
    if (after.length > room - before.length) after = after.slice(0, room - before.length).replace(/\s\S*$/, '') + '…';
  }
  return { before, match: text.slice(m.start, m.end), after };
}
