/** "A", "A and B", "A, B and C": the site's one way of writing a list in a sentence (no serial comma). */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "1 section", "3 sections": a count with its noun (nouns with a plain -s plural). */
export function plural(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}

/**
 * "the article" or "the articles", as many as the site holds, with a verb that agrees ("the article reports", "the
 * article discusses"; "the articles report"): the words every page uses of the digest's articles as a whole.
 */
export function theArticles(count: number, verb?: string): string {
  const subject = count === 1 ? 'the article' : 'the articles';
  if (!verb) return subject;
  return `${subject} ${count !== 1 ? verb : /(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen'];

/** A count in running text: in words up to fifteen, in figures above (house style for small counts in prose). */
export const inWords = (n: number): string => NUMBER_WORDS[n] ?? String(n);
