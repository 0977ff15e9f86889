/**
 * What several templates show, resolved from the digest once: entity links with their display names, sources with
 * their addresses, events with their entities, the search index's tags, the article's machine-readable description.
 * Components render these values; they never look a name or an address up themselves.
 */
import { articleJsonLd, openGraphArticleTags, sectionJsonLd, sectionTopics, type SectionMeta } from '../citation/metadata.ts';
import { sourceUrl } from '../digest/articles.ts';
import type { Digest } from '../digest/types.ts';
import type { EntityKind } from '../entities/kinds.ts';
import { membershipDates, statusPhrase } from '../entities/membership.ts';
import { referencesOf } from '../entities/refs.ts';
import type { Membership } from '../entities/relations.ts';
import { paragraphRefLabel, parseParagraphRef } from '../entities/sources.ts';
import { memberAnchor } from '../anchors.ts';
import { articleTags, entityTags, filterOf, frontMatterTags, sectionTags, type NameOf, type SearchTags } from '../search/tags.ts';
import type { TimelineEvent } from '../timeline/timeline.ts';
import { authorFamilies } from '../citation/bibliography.ts';
import type { ArticleView, SectionView, Source } from '../types.ts';
import { entityUrl, homeUrl, searchUrl } from '../urls.ts';

/** An entity as a link: its page and its display name. */
export interface EntityLink {
  kind: EntityKind;
  id: string;
  name: string;
  href: string;
}

export function entityLink(d: Digest, kind: EntityKind, id: string): EntityLink {
  return { kind, id, name: d.entity(kind, id).data.name, href: entityUrl(kind, id) };
}

export const nameOf = (d: Digest): NameOf => (kind, id) => d.entity(kind, id).data.name;

/** One step of a page's breadcrumb trail (Breadcrumbs.astro): the last is the page itself. */
export interface Crumb {
  href: string;
  text: string;
}

/** Digest › Authors (year) › this page: the trail of a page that belongs to one article. */
export function articleBreadcrumbs(article: ArticleView, self: Crumb): Crumb[] {
  return [{ href: homeUrl(), text: 'Digest' }, { href: article.url, text: `${authorFamilies(article.record)} (${article.record.year})` }, self];
}

/** A source as a link: a ¶ of an article (its number) or a public source (its name). */
export interface SourceLink {
  href: string;
  /** The ¶ number, for a ¶ of an article. */
  paragraph?: number;
  /** How a ¶ reads: "¶ 51", or "¶ 51 in Smith and Jones 2021" in a site of several articles (paragraphRefLabel). */
  label?: string;
  /** The public source's name. */
  name?: string;
  supports?: string;
}

export function sourceLinks(d: Pick<Digest, 'articles'>, sources: readonly Source[]): SourceLink[] {
  return sources.map((s) => ({
    ...(s.paragraph
      ? { href: sourceUrl(s.paragraph, d.articles), paragraph: parseParagraphRef(s.paragraph).paragraph, label: paragraphRefLabel(s.paragraph, d.articles) }
      : { href: s.url!, name: s.name! }),
    ...(s.supports ? { supports: s.supports } : {}),
  }));
}

/** An event with its entities as links. */
export interface EventView extends TimelineEvent {
  refs: EntityLink[];
  /** The article that reports it, in a site of several articles (with one, the page names it once). */
  inArticle?: { url: string; title: string };
}

export function eventViews(d: Digest, events: readonly TimelineEvent[]): EventView[] {
  const kinds = ['countries', 'organisations', 'treaties', 'places'] as const;
  const several = d.articles.length > 1;
  return events.map((e) => {
    const a = several ? d.articles.find((x) => x.id === e.article) : undefined;
    return { ...e, refs: kinds.flatMap((kind) => e[kind].map((id) => entityLink(d, kind, id))), ...(a ? { inArticle: { url: a.url, title: a.record.title.en } } : {}) };
  });
}

/** One row of a table of memberships: the member (or the organisation), the standing, the dates, the sources. */
export interface MembershipRow {
  /** The row's anchor: a member state's row on an organisation's page. */
  anchor?: string;
  entity: EntityLink;
  status: string;
  joined: string;
  ended: string;
  note: string;
  sources: SourceLink[];
}

export interface MembershipTableView {
  caption: string;
  head: string;
  rows: MembershipRow[];
}

/** Rows name countries (an organisation's members) or organisations (a country's memberships). */
export function membershipTable(d: Digest, caption: string, rows: (Membership & { country?: string })[], rowKind: 'countries' | 'organisations'): MembershipTableView {
  return {
    caption: `${caption}, as of ${d.asOf.label}`,
    head: rowKind === 'countries' ? 'State' : 'Organisation',
    rows: rows.map((r) => ({
      ...(rowKind === 'countries' ? { anchor: memberAnchor(r.country!) } : {}),
      entity: entityLink(d, rowKind, rowKind === 'countries' ? r.country! : r.organisation),
      status: statusPhrase(r),
      joined: membershipDates(r).joined ?? '—',
      ended: membershipDates(r).ended ?? '—',
      note: r.note ?? '',
      sources: sourceLinks(d, r.sources ?? []),
    })),
  };
}

/** The search index's filters and metadata for a section, the article page or an entity page. */
export function searchTagsOf(
  d: Digest,
  page: { section: SectionView } | { article: ArticleView } | { frontMatterOf: ArticleView } | { entity: { kind: EntityKind; id: string } },
): SearchTags {
  const name = nameOf(d);
  // The `article` filter, in a site of several articles: the title of the article a page of the text belongs to.
  const titleOf = (id: string) => (d.articles.length > 1 ? d.articles.find((a) => a.id === id)!.record.title.en : undefined);
  if ('section' in page) return sectionTags(page.section.data, name, titleOf(page.section.article));
  if ('article' in page) return articleTags(page.article.record.year, page.article.paragraphCount, titleOf(page.article.id));
  if ('frontMatterOf' in page) return frontMatterTags(page.frontMatterOf.record.year, titleOf(page.frontMatterOf.id));
  const { kind, id } = page.entity;
  const regionCountries = kind === 'regions' ? d.entities.countries.filter((c) => c.data.region?.id === id).map((c) => c.data.name) : [];
  return entityTags(kind, d.entity(kind, id).data, name, regionCountries);
}

/** "Search within": links that open the search page with one filter set. */
export interface SearchWithinLink {
  value: string;
  href: string;
}

/** The kinds a section offers to search within: not its treaties. */
const OFFERED: readonly EntityKind[] = ['regions', 'countries', 'organisations'];

/** A section offers its regions, countries and organisations; an entity page itself, when its kind is a search filter. */
export function searchWithin(d: Digest, page: { section: SectionView } | { entity: { kind: EntityKind; id: string } }): SearchWithinLink[] {
  const refs: { kind: EntityKind; id: string }[] =
    'section' in page ? referencesOf('sections', page.section.data).filter((r) => OFFERED.includes(r.kind)) : filterOf(page.entity.kind) ? [page.entity] : [];
  return refs.map(({ kind, id }) => {
    const value = d.entity(kind, id).data.name;
    return { value, href: searchUrl({ [filterOf(kind)!]: value }) };
  });
}

/** The article's machine-readable description (see ArticleMeta.astro): its JSON-LD and OpenGraph tags, with absolute URLs. */
export interface ArticleMetaView {
  article: ArticleView;
  /** The article page's absolute URL. */
  articleUrl: string;
  /** A section page (no Highwire tags; Dublin Core names the article as the larger work). */
  onSection: boolean;
  jsonLd: unknown;
  og: ReturnType<typeof openGraphArticleTags>;
}

export function articleMeta(d: Digest, article: ArticleView, site: URL | undefined, section?: SectionView): ArticleMetaView {
  const abs = (path: string) => new URL(path, site).href;
  const articleUrl = abs(article.url);
  // Only a section page describes a section (the article page's JSON-LD lists neither sections nor topics).
  const current: SectionMeta | undefined = section && {
    id: section.data.id,
    title: section.data.title,
    heading: section.data.heading,
    url: abs(section.url),
    order: section.data.order,
    ...sectionTopics(section.data, (kind, id) => ({ kind, id, name: d.entity(kind, id).data.name, url: abs(entityUrl(kind, id)) })),
  };
  return {
    article,
    articleUrl,
    onSection: current !== undefined,
    jsonLd: current ? sectionJsonLd(article.record, articleUrl, current) : articleJsonLd(article.record, articleUrl),
    // A section page's tags name its own topics; the article page names none (its sections' union is long and mostly incidental).
    og: openGraphArticleTags(article.record, current?.about),
  };
}
