/**
 * Everything the pages need, loaded and checked once per build. Pages call `getDigest()`; the first
 * call loads the collections and runs the integrity checks, and every later call reuses the result.
 * A broken link between records stops the build here with file, field and value.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { textNames } from './entities/names.ts';
import { checkIntegrity, ENTITY_KINDS, type EntityKind, type Ref } from './entities/integrity.ts';
import { topicWarnings, unreferencedEntities } from './entities/coverage.ts';
import { buildMentionIndex, type MentionIndex } from './entities/mention-index.ts';
import { checkCitedParagraphs, citedParagraphs, parseParagraphRef, unsourcedRecords } from './entities/sources.ts';
import { loadAsOf, type AsOf } from './entities/as-of.ts';
import { contentRoot } from './paths.ts';
import { inRegionOrder, loadSite, siteRefErrors, type SiteRecord } from './site.ts';
import { collectEvents, type TimelineEvent } from './timeline/timeline.ts';
import { articleUrl, paragraphUrl, sectionUrl } from './urls.ts';

export { ENTITY_KINDS };

export type Section = CollectionEntry<'sections'>;
export type ArticleRecord = CollectionEntry<'articles'>['data'];
export type Correction = CollectionEntry<'corrections'>['data']['corrections'][number];

export interface SectionView {
  entry: Section;
  article: string;
  data: Section['data'];
  url: string;
  /** The article-level section this one sits under (itself for the article's own headings). */
  part: string;
  prev?: SectionView;
  next?: SectionView;
}

export interface ArticleView {
  id: string;
  record: ArticleRecord;
  url: string;
  sections: SectionView[];
  corrections: Correction[];
  paragraphCount: number;
}

export interface Entities {
  regions: CollectionEntry<'regions'>[];
  countries: CollectionEntry<'countries'>[];
  places: CollectionEntry<'places'>[];
  organisations: CollectionEntry<'organisations'>[];
  treaties: CollectionEntry<'treaties'>[];
  people: CollectionEntry<'people'>[];
}

export interface Digest {
  articles: ArticleView[];
  entities: Entities;
  /** The date the edition's own records hold as of, and the rule in words. */
  asOf: AsOf;
  /** The site's own record: its name and the choices its pages make (content/site.yaml). */
  site: SiteRecord;
  /** Where each entity is mentioned in the text, built once per build. */
  mentions: MentionIndex;
  /** Every dated event of every article, in timeline order, collected once per build. */
  events: TimelineEvent[];
  /** Looks an entity up by kind and id; ids were checked, so a miss is a programming error. */
  entity<K extends EntityKind>(kind: K, id: string): Entities[K][number];
}

let cached: Promise<Digest> | undefined;

export function getDigest(): Promise<Digest> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Digest> {
  const [articles, sections, corrections, ...lists] = await Promise.all([
    getCollection('articles'),
    getCollection('sections'),
    getCollection('corrections'),
    ...ENTITY_KINDS.map((k) => getCollection(k)),
  ]);
  const entities = Object.fromEntries(ENTITY_KINDS.map((k, i) => [k, lists[i]])) as unknown as Entities;
  const asOf = loadAsOf(contentRoot());
  const site = loadSite(contentRoot());
  const idsOf = (kind: EntityKind) => new Set(entities[kind].map((e) => e.id));
  const siteErrors = siteRefErrors(`${contentRoot()}/site.yaml`, site, { regions: idsOf('regions'), countries: idsOf('countries'), organisations: idsOf('organisations') });
  if (siteErrors.length) throw new Error(`Content errors:\n  ${siteErrors.join('\n  ')}`);
  // Every page lists regions in the site's order, so the order is applied once, here.
  entities.regions = inRegionOrder(entities.regions, site.regionOrder);
  const cites = citedParagraphs(entities);
  const refs = [...sections.flatMap(sectionRefs), ...ENTITY_KINDS.flatMap((k) => entities[k].flatMap((e) => entityRefs(k, e)))];
  const errors = checkIntegrity({
    sections: sections.map((s) => ({
      file: s.filePath ?? s.id,
      article: articleOf(s),
      id: s.data.id,
      order: s.data.order,
      formerIds: s.data.formerIds,
      paragraphs: s.data.paragraphs,
      events: s.data.events,
    })),
    refs,
    entityIds: Object.fromEntries(ENTITY_KINDS.map((k) => [k, new Set(entities[k].map((e) => e.id))])) as Record<EntityKind, Set<string>>,
    paragraphRefs: [
      ...corrections.flatMap((c) =>
        c.data.corrections.map((x) => ({ file: c.filePath ?? c.id, field: `corrections.${x.id}.paragraph`, article: c.id, paragraph: x.paragraph })),
      ),
      ...cites.map(({ file, field, article, paragraph }) => ({ file, field, article, paragraph })),
    ],
  });
  if (errors.length) throw new Error(`Content errors:\n  ${errors.join('\n  ')}`);

  const views = articles
    .map((a) => buildArticle(a, sections.filter((s) => articleOf(s) === a.id), corrections.find((c) => c.id === a.id)?.data.corrections ?? []))
    .sort((a, b) => b.record.year - a.record.year || a.id.localeCompare(b.id));
  const byKind = new Map(ENTITY_KINDS.map((k) => [k, new Map(entities[k].map((e) => [e.id, e]))]));
  const named = ENTITY_KINDS.flatMap((kind) => entities[kind].map((e) => ({ kind, id: e.id, names: textNames(e.data) })));
  const mentions = buildMentionIndex(named, views.flatMap((a) => a.sections.map((s) => ({ article: a.id, section: s.data.id, first: s.data.paragraphs.first, body: s.entry.body ?? '' }))));
  // Entities the text never names (a document it describes without a title) are checked through what they link.
  const unnamed = new Set(named.filter((e) => mentions.of(e.kind, e.id).length === 0).map((e) => `${e.kind}/${e.id}`));
  const unsupported = checkCitedParagraphs(cites, mentions, (kind, id) => `${byKind.get(kind)!.get(id)!.data.name} (${kind}/${id})`, unnamed);
  if (unsupported.length) throw new Error(`Content errors:\n  ${unsupported.join('\n  ')}`);
  const unsourced = unsourcedRecords(entities);
  if (unsourced.length) console.warn(`[digest] ${unsourced.length} entity records name no source yet (content/guide/sources.md): ${unsourced.join(', ')}`);
  checkCoverage(ENTITY_KINDS.flatMap((kind) => entities[kind].map((e) => ({ kind, id: e.id, file: e.filePath ?? kind }))), refs, mentions, views);
  return {
    articles: views,
    asOf,
    site,
    entities,
    mentions,
    events: collectEvents({ articles: views, entities }),
    entity: (kind, id) => {
      const e = byKind.get(kind)!.get(id);
      if (!e) throw new Error(`unknown ${kind} id "${id}"`);
      return e as never;
    },
  };
}

/** getStaticPaths for an entity kind: one page per record. */
export async function entityPaths(kind: EntityKind) {
  const { entities } = await getDigest();
  return entities[kind].map((e) => ({ params: { id: e.id } }));
}

/** Stops the build for entities nothing points to; warns where frontmatter and text disagree (see coverage.ts). */
function checkCoverage(named: { kind: EntityKind; id: string; file: string }[], refs: Ref[], mentions: MentionIndex, articles: ArticleView[]) {
  const mentioned = new Set(named.filter((e) => mentions.of(e.kind, e.id).length > 0).map((e) => `${e.kind}/${e.id}`));
  const errors = unreferencedEntities({ entities: named, referenced: new Set(refs.map((r) => `${r.kind}/${r.id}`)), mentioned });
  if (errors.length) throw new Error(`Content errors:\n  ${errors.join('\n  ')}`);
  const topics = articles.flatMap((a) =>
    a.sections.flatMap((s) => {
      const inText = (kind: EntityKind) => {
        const ids = new Set<string>();
        for (let n = s.data.paragraphs.first; n <= s.data.paragraphs.last; n++) mentions.inParagraph(a.id, n).filter((m) => m.kind === kind).forEach((m) => ids.add(m.id));
        return [...ids];
      };
      const file = s.entry.filePath ?? s.entry.id;
      return [
        { file, field: 'country' as const, declared: s.data.country.map((r) => r.id), mentioned: inText('countries') },
        { file, field: 'organisation' as const, declared: s.data.organisation.map((r) => r.id), mentioned: inText('organisations') },
      ];
    }),
  );
  const warnings = topicWarnings(topics);
  if (warnings.length) console.warn(`[digest] frontmatter and text disagree (warnings, see src/lib/coverage.ts):\n  ${warnings.join('\n  ')}`);
}

/** `<article-id>#p<N>` → its article and ¶ number. */
export const parseSource = parseParagraphRef;

/** The URL of a `<article-id>#p<N>` source: the paragraph on its section page. */
export function sourceUrl(source: string, articles: ArticleView[]): string {
  const { article, paragraph } = parseSource(source);
  const section = articles.find((a) => a.id === article)?.sections.find((s) => paragraph >= s.data.paragraphs.first && paragraph <= s.data.paragraphs.last);
  if (!section) throw new Error(`source "${source}" names no paragraph of this digest`);
  return paragraphUrl(article, section.data.id, paragraph);
}

function articleOf(s: Section): string {
  return s.id.split('/')[0]!;
}

function buildArticle(entry: CollectionEntry<'articles'>, sections: Section[], corrections: Correction[]): ArticleView {
  const ordered = [...sections].sort((a, b) => a.data.order - b.data.order);
  let part = '';
  const views: SectionView[] = ordered.map((s) => {
    if (s.data.heading === 'article') part = s.data.id;
    return { entry: s, article: entry.id, data: s.data, url: sectionUrl(entry.id, s.data.id), part: part || s.data.id };
  });
  views.forEach((v, i) => {
    v.prev = views[i - 1];
    v.next = views[i + 1];
  });
  return {
    id: entry.id,
    record: entry.data,
    url: articleUrl(entry.id),
    sections: views,
    corrections,
    paragraphCount: Math.max(0, ...views.map((v) => v.data.paragraphs.last)),
  };
}

const SECTION_FIELDS = [
  ['region', 'regions'],
  ['country', 'countries'],
  ['organisation', 'organisations'],
  ['treaty', 'treaties'],
] as const;

function sectionRefs(s: Section): Ref[] {
  const file = s.filePath ?? s.id;
  const own = SECTION_FIELDS.flatMap(([field, kind]) => s.data[field].map((r) => ({ file, field, kind, id: r.id })));
  const events = s.data.events.flatMap((e) =>
    (
      [
        ['country', 'countries'],
        ['organisation', 'organisations'],
        ['treaty', 'treaties'],
        ['place', 'places'],
      ] as const
    ).flatMap(([field, kind]) => e[field].map((r) => ({ file, field: `events.${e.id}.${field}`, kind, id: r.id }))),
  );
  return [...own, ...events];
}

function entityRefs(kind: EntityKind, e: { id: string; filePath?: string; data: Record<string, unknown> }): Ref[] {
  const file = `${e.filePath ?? kind} (${e.id})`;
  const d = e.data as Record<string, unknown>;
  const one = (field: string, k: EntityKind, v: unknown): Ref[] =>
    v && typeof v === 'object' && 'id' in v ? [{ file, field, kind: k, id: String((v as { id: string }).id) }] : [];
  const many = (field: string, k: EntityKind, v: unknown): Ref[] => (Array.isArray(v) ? v.flatMap((x) => one(field, k, x)) : []);
  return [
    ...one('region', 'regions', d.region),
    ...one('country', 'countries', d.country),
    ...one('parent', 'organisations', d.parent),
    ...many('countries', 'countries', d.countries),
    ...many('parties', 'countries', d.parties),
    ...many('organisations', 'organisations', d.organisations),
    ...(Array.isArray(d.members) ? d.members.flatMap((m: { country: unknown }) => one('members.country', 'countries', m.country)) : []),
    ...(Array.isArray(d.signatories) ? d.signatories.flatMap((x: { country?: unknown }) => one('signatories.country', 'countries', x.country)) : []),
  ];
}

