/** Plain-language renderings of the article record, shared by headers, front matter and metadata. */
import type { ArticleRecord } from '../types.ts';
import { andList } from '../text.ts';
import { naturalName } from './names.ts';
import { doiUrl as doiAddress } from './shared.ts';

/** The authors' affiliations, each once (authors of one institution share a line), in both languages. */
export function affiliations(a: ArticleRecord): ArticleRecord['authors'][number]['affiliation'][] {
  return [...new Map(a.authors.map((author) => [author.affiliation.en, author.affiliation])).values()];
}

/** "Anna B. Smith and C. D. Jones" — the names as the byline prints them. */
export function authorLine(a: ArticleRecord): string {
  return andList(a.authors.map(naturalName));
}

/** "Smith and Jones" for attributions ("the authors argue"). */
export function authorFamilies(a: ArticleRecord): string {
  return andList(a.authors.map((p) => p.family));
}

/** "Journal of Examples 2021;8(3):315–330" */
export function sourceLine(a: ArticleRecord): string {
  return `${a.journal.title} ${a.year};${a.volume}(${a.issue}):${a.pages.first}–${a.pages.last}`;
}

export const doiUrl = (a: ArticleRecord) => doiAddress(a.doi);
