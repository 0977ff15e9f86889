/** Plain-language renderings of the article record, shared by headers, front matter and metadata. */
import type { ArticleRecord } from '../digest.ts';
import { naturalName } from './names.ts';

/** "Oleg G. Karpovich and A. V. Davydova" — the names as the byline prints them. */
export function authorLine(a: ArticleRecord): string {
  const names = a.authors.map(naturalName);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
}

/** "Karpovich and Davydova" for attributions ("the authors argue"). */
export function authorFamilies(a: ArticleRecord): string {
  const names = a.authors.map((p) => p.family);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
}

/** "Post-Soviet Issues 2021;8(3):315–330" */
export function sourceLine(a: ArticleRecord): string {
  return `${a.journal.title} ${a.year};${a.volume}(${a.issue}):${a.pages.first}–${a.pages.last}`;
}

export const doiUrl = (a: ArticleRecord) => `https://doi.org/${a.doi}`;
