/** "A", "A and B", "A, B and C": the site's one way of writing a list in a sentence (no serial comma). */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
