/**
 * A section's page, computed once (after Starlight's generateRouteData): its title and description, breadcrumbs,
 * where it sits in the article, its topics and "search within" links with names and addresses, its search tags
 * and the article's machine-readable description. src/pages/[article]/[section].astro renders it.
 */
import { authorFamilies } from '../citation/bibliography.ts';
import type { Digest } from '../digest/types.ts';
import { ENTITY_KINDS, KIND_LABEL } from '../entities/kinds.ts';
import { idsOf, referencesOf } from '../entities/refs.ts';
import { markedTitle } from '../headings.ts';
import type { SearchTags } from '../search/tags.ts';
import type { ArticleView, SectionView } from '../types.ts';
import { sectionInArticleUrl } from '../urls.ts';
import { articleBreadcrumbs, articleMeta, entityLink, type Crumb, searchTagsOf, searchWithin, type ArticleMetaView, type EntityLink, type SearchWithinLink } from './shared.ts';

export interface SectionPageView {
  article: ArticleView;
  section: SectionView;
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  /** "Section 3 of 12": its place in reading order. */
  position: { order: number; of: number };
  /** The same text in the article's reading copy. */
  inArticleUrl: string;
  meta: ArticleMetaView;
  tags: SearchTags;
  /** The section's references by kind, in the registry's order; kinds it does not reference have no links. */
  topics: { label: string; links: EntityLink[] }[];
  searchWithin: SearchWithinLink[];
}

export function sectionPage(d: Digest, article: ArticleView, section: SectionView, site: URL | undefined): SectionPageView {
  const { data } = section;
  const byline = `${authorFamilies(article.record)} ${article.record.year}`;
  const refs = referencesOf('sections', data);
  return {
    article,
    section,
    title: `${markedTitle(data)} — ${byline}`,
    description: data.summary,
    breadcrumbs: articleBreadcrumbs(article, { href: section.url, text: data.title }),
    position: { order: data.order, of: article.sections.length },
    inArticleUrl: sectionInArticleUrl(article.id, data.id),
    meta: articleMeta(d, article, site, section),
    tags: searchTagsOf(d, { section }),
    topics: ENTITY_KINDS.map((kind) => ({ label: KIND_LABEL[kind].plural, links: idsOf(refs, kind).map((id) => entityLink(d, kind, id)) })),
    searchWithin: searchWithin(d, { section }),
  };
}
