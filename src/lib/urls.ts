/** The URL scheme of DESIGN.md in one place. Published URLs are kept forever: change nothing here lightly. */
import type { EntityKind } from './entities/integrity.ts';
import { paragraphAnchor } from './anchors.ts';

export const articleUrl = (article: string) => `/${article}/`;
export const sectionUrl = (article: string, section: string) => `/${article}/${section}/`;
export const paragraphUrl = (article: string, section: string, n: number) => `${sectionUrl(article, section)}#${paragraphAnchor(n)}`;
export const entityIndexUrl = (kind: EntityKind) => `/${kind}/`;
export const entityUrl = (kind: EntityKind, id: string) => `/${kind}/${id}/`;
/** Name, kind and description of every entity, keyed by its page's address: what mention previews show. */
export const previewsUrl = () => '/previews.json';
export const searchUrl = (params: Record<string, string> = {}) => {
  const q = new URLSearchParams(params).toString();
  return q ? `/search/?${q}` : '/search/';
};
