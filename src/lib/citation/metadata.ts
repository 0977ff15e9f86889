/**
 * Machine-readable descriptions of the article for reference managers and search engines: Highwire
 * Press tags (what Google Scholar and Zotero's Embedded Metadata translator read first) on the article
 * page only, Dublin Core and PRISM on every page that shows the article's text, OpenGraph, and
 * schema.org JSON-LD. Every value comes from the one article record; this module only arranges it.
 * Pure: no I/O, no Astro, so it is unit-tested directly.
 */
import type { CitationWork } from './types.ts';
import { invertedName, naturalName } from './names.ts';
import { markedTitle } from '../headings.ts';
import type { ArticleRecord, Plain, SectionData } from '../types.ts';
import { referencesOf, type Reference } from '../entities/refs.ts';
import { withAnchor } from '../urls.ts';
import { KINDS, type EntityKind } from '../entities/kinds.ts';

/** `<meta name=… content=…>` */
export interface NamedMeta {
  name: string;
  content: string;
}

/** `<meta property=… content=…>` (OpenGraph uses `property`). */
export interface PropertyMeta {
  property: string;
  content: string;
}

/** An entity a section is about or mentions, with its display name and page URL (absolute). */
export interface Topic {
  kind: EntityKind;
  id: string;
  name: string;
  url: string;
}

/** A section as the metadata sees it; `url` is absolute. */
export interface SectionMeta {
  id: string;
  title: string;
  /** article: the authors' heading; editorial: added by this edition, and named with its mark. */
  heading: 'article' | 'editorial';
  url: string;
  order: number;
  about: Topic[];
  mentions: Topic[];
}

export const doiLink = (record: ArticleRecord): string => `https://doi.org/${record.doi}`;

/** The citation library's input, from the record and the edition's canonical article URL. */
export function citationWork(record: ArticleRecord, articleUrl: string): CitationWork {
  return {
    title: record.title.en,
    authors: record.authors.map((a) => ({ family: a.family, given: a.given })),
    journal: {
      title: record.journal.title,
      issnPrint: record.journal.issnPrint,
      issnOnline: record.journal.issnOnline,
      ...(record.journal.publisher ? { publisher: record.journal.publisher } : {}),
    },
    year: record.year,
    volume: record.volume,
    issue: record.issue,
    pages: record.pages,
    doi: record.doi,
    language: record.language,
    url: articleUrl,
  };
}

/**
 * Highwire Press tags, in the order Google Scholar documents them — on the canonical article page only:
 * Scholar wants one page per article, and takes every page with these tags for one. Each author ("Family,
 * Given names as printed") is followed by their institution, which is how readers pair the two. The date
 * is the year only: the month is not known.
 */
export function highwireTags(record: ArticleRecord, fullTextUrl: string): NamedMeta[] {
  const tags: NamedMeta[] = [{ name: 'citation_title', content: record.title.en }];
  for (const a of record.authors) {
    tags.push({ name: 'citation_author', content: invertedName(a) });
    tags.push({ name: 'citation_author_institution', content: a.affiliation.en });
  }
  tags.push(
    { name: 'citation_publication_date', content: String(record.year) },
    { name: 'citation_journal_title', content: record.journal.title },
    { name: 'citation_issn', content: record.journal.issnPrint },
    { name: 'citation_issn', content: record.journal.issnOnline },
    { name: 'citation_volume', content: String(record.volume) },
    { name: 'citation_issue', content: String(record.issue) },
    { name: 'citation_firstpage', content: String(record.pages.first) },
    { name: 'citation_lastpage', content: String(record.pages.last) },
    { name: 'citation_doi', content: record.doi },
    { name: 'citation_language', content: record.language },
    { name: 'citation_abstract', content: record.abstract.en },
    { name: 'citation_fulltext_html_url', content: fullTextUrl },
  );
  if (record.journal.publisher) tags.push({ name: 'citation_publisher', content: record.journal.publisher });
  return tags;
}

/**
 * The schema links Dublin Core and PRISM readers look for before reading `DC.*`, `DCTERMS.*` and `prism.*`
 * names. PRISM is declared as PRISM 2.0 basic, the version that defines `prism:doi`: Zotero's RDF import
 * reads the DOI only in PRISM 2.0 and 2.1, and volume, number, pages and ISSN in every version.
 */
export const DC_SCHEMAS = [
  { rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' },
  { rel: 'schema.DCTERMS', href: 'http://purl.org/dc/terms/' },
  { rel: 'schema.prism', href: 'http://prismstandard.org/namespaces/basic/2.0/' },
] as const;

/**
 * Dublin Core, the description of the article on every page that shows its text. On a section page,
 * which has no Highwire tags, it is what makes Zotero's Embedded Metadata translator save the journal
 * article: `DC.type` "Text.Serial.Journal" (the value OJS journals publish) is one Zotero's RDF import
 * maps to a journal article outright; "Text" would only be a guess, which loses to "webpage".
 * `DC.source` names the journal, as OJS does; on a section page `DC.relation` names the article page.
 */
export function dublinCoreTags(record: ArticleRecord, articleUrl?: string): NamedMeta[] {
  return [
    { name: 'DC.title', content: record.title.en },
    ...record.authors.map((a) => ({ name: 'DC.creator', content: invertedName(a) })),
    { name: 'DC.date', content: String(record.year) },
    { name: 'DC.type', content: 'Text.Serial.Journal' },
    { name: 'DC.language', content: record.language },
    { name: 'DC.identifier', content: doiLink(record) },
    { name: 'DC.description', content: record.abstract.en },
    ...(record.journal.publisher ? [{ name: 'DC.publisher', content: record.journal.publisher }] : []),
    { name: 'DC.source', content: record.journal.title },
    ...(articleUrl ? [{ name: 'DC.relation', content: articleUrl }] : []),
    { name: 'DCTERMS.isPartOf', content: record.journal.title },
    {
      name: 'DCTERMS.bibliographicCitation',
      content: `${record.journal.title}, ${record.year}, vol. ${record.volume}, no. ${record.issue}, pp. ${record.pages.first}–${record.pages.last}`,
    },
  ];
}

/**
 * PRISM 2.0 basic: the journal, volume, number, pages, DOI and ISSNs, each in its own field, where Zotero
 * reads them when a page has no Highwire tags (the RDF import reads `prism:issn` before `prism:eIssn`).
 */
export function prismTags(record: ArticleRecord): NamedMeta[] {
  return [
    { name: 'prism.publicationName', content: record.journal.title },
    { name: 'prism.issn', content: record.journal.issnPrint },
    { name: 'prism.eIssn', content: record.journal.issnOnline },
    { name: 'prism.publicationDate', content: String(record.year) },
    { name: 'prism.volume', content: String(record.volume) },
    { name: 'prism.number', content: String(record.issue) },
    { name: 'prism.startingPage', content: String(record.pages.first) },
    { name: 'prism.endingPage', content: String(record.pages.last) },
    { name: 'prism.doi', content: record.doi },
  ];
}

/**
 * OpenGraph article tags (Base.astro writes og:type, og:title, og:url and og:description). No
 * `article:section`, on any page: Zotero reads it into its Section field (a newspaper's section), and
 * Chicago and MLA then print a heading of this edition after the article's title.
 */
export function openGraphArticleTags(record: ArticleRecord, topics: Topic[] = []): PropertyMeta[] {
  return [
    // ISO 8601 allows a year on its own; the month is not known.
    { property: 'article:published_time', content: String(record.year) },
    ...record.authors.map((a) => ({ property: 'article:author', content: naturalName(a) })),
    ...topics.map((t) => ({ property: 'article:tag', content: t.name })),
  ];
}

const topicNode = (t: Topic) => ({ '@type': KINDS[t.kind].schemaType, name: t.name, url: t.url });

/** Entities in first-seen order without repeats; `except` removes those already listed elsewhere. */
export function uniqueTopics(lists: Topic[][], except: Topic[] = []): Topic[] {
  const seen = new Set(except.map((t) => `${t.kind}/${t.id}`));
  return lists.flat().filter((t) => {
    const key = `${t.kind}/${t.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const articleNodeId = (articleUrl: string) => withAnchor(articleUrl, 'article');

/**
 * The article as a schema.org ScholarlyArticle, nested in its issue, volume and journal as the
 * schema.org bibliographic extension models it (article ⊂ PublicationIssue ⊂ PublicationVolume ⊂
 * Periodical). The DOI is both the identifier and `sameAs`. The sections and their topics are not listed
 * here: each section's page describes it, its topics and mentions, as `isPartOf` this node (the same `@id`),
 * and the article page — the whole text on one page — keeps its head within the page budget.
 */
export function scholarlyArticle(record: ArticleRecord, articleUrl: string) {
  const publisher = record.journal.publisher ? { '@type': 'Organization', name: record.journal.publisher } : undefined;
  return {
    '@type': 'ScholarlyArticle',
    '@id': articleNodeId(articleUrl),
    url: articleUrl,
    headline: record.title.en,
    name: record.title.en,
    inLanguage: record.language,
    author: record.authors.map((a) => ({
      '@type': 'Person',
      name: naturalName(a),
      familyName: a.family,
      givenName: a.given,
      affiliation: { '@type': 'Organization', name: a.affiliation.en },
    })),
    datePublished: String(record.year),
    abstract: record.abstract.en,
    pageStart: String(record.pages.first),
    pageEnd: String(record.pages.last),
    pagination: `${record.pages.first}-${record.pages.last}`,
    identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: record.doi },
    sameAs: doiLink(record),
    ...(publisher ? { publisher } : {}),
    isPartOf: {
      '@type': 'PublicationIssue',
      issueNumber: String(record.issue),
      datePublished: String(record.year),
      isPartOf: {
        '@type': 'PublicationVolume',
        volumeNumber: String(record.volume),
        isPartOf: {
          '@type': 'Periodical',
          name: record.journal.title,
          issn: [record.journal.issnPrint, record.journal.issnOnline],
          ...(publisher ? { publisher } : {}),
          ...(record.journal.url ? { url: record.journal.url } : {}),
        },
      },
    },
  };
}

/** JSON-LD for the article page: the article itself. */
export function articleJsonLd(record: ArticleRecord, articleUrl: string) {
  return { '@context': 'https://schema.org', ...scholarlyArticle(record, articleUrl) };
}

/**
 * JSON-LD for a section page: the section, with its own topics, as part of the article (described
 * bibliographically, under the `@id` of the article page's own node).
 */
export function sectionJsonLd(record: ArticleRecord, articleUrl: string, section: SectionMeta) {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    url: section.url,
    name: markedTitle(section),
    headline: markedTitle(section),
    inLanguage: record.language,
    position: section.order,
    isPartOf: scholarlyArticle(record, articleUrl),
    ...(section.about.length ? { about: section.about.map(topicNode) } : {}),
    ...(section.mentions.length ? { mentions: section.mentions.map(topicNode) } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` data block. `<` is escaped so no value can close
 * the script element early (`</script>`) or open a comment; JSON parsers read `\u003c` as `<`.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** A section's frontmatter as the walker reads it: its reference fields and its events. */
export type SectionRefs = Pick<Plain<SectionData>, 'region' | 'country' | 'organisation' | 'treaty'> & { events: readonly object[] };

/** The kinds a section's frontmatter names as what it is about; its other references are what it mentions. */
const ABOUT: readonly EntityKind[] = ['countries', 'organisations'];

/**
 * What a section is `about` (its frontmatter's countries and organisations) and what it `mentions`
 * (its regions and treaties, and whatever its dated events name), each entity once.
 */
export function sectionTopics(section: SectionRefs, topic: (kind: EntityKind, id: string) => Topic): { about: Topic[]; mentions: Topic[] } {
  const list = (refs: Reference[]) => refs.map((r) => topic(r.kind, r.id));
  const own = referencesOf('sections', section);
  const about = uniqueTopics([list(own.filter((r) => ABOUT.includes(r.kind)))]);
  const mentions = uniqueTopics([list(own.filter((r) => !ABOUT.includes(r.kind))), ...section.events.map((e) => list(referencesOf('events', e)))], about);
  return { about, mentions };
}
