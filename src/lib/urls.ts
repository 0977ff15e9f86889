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
/** The open-data page, and each downloadable file beside it: `events.csv`, `events.json`, `events.schema.json`. */
export const dataUrl = () => '/data/';
export const dataFileUrl = (file: string) => `/data/${file}`;
/** The Atom feed of the digest: articles added and corrections made. */
export const feedUrl = () => '/feed.xml';
/** A correction's row in the About page's list of changes to the received wording. */
export const correctionUrl = (id: string) => `/about/#correction-${id}`;
