/**
 * The digest from the loaded records: checks the links between records (a broken one stops the build with file,
 * field and value), assembles the articles, indexes the mentions and collects the events. Pure: digest.ts gives it
 * what Astro loaded, a unit test gives it a handful of records.
 */
import { topicWarnings, unreferencedEntities } from '../entities/coverage.ts';
import { checkIntegrity, type Ref } from '../entities/integrity.ts';
import { ENTITY_KINDS, type EntityKind } from '../entities/kinds.ts';
import { buildMentionIndex, type MentionIndex } from '../entities/mention-index.ts';
import { textNames } from '../entities/names.ts';
import { entityRefs, idsOf, referencesOf, sectionRefs } from '../entities/refs.ts';
import { checkCitedParagraphs, citedParagraphs, unsourcedRecords } from '../entities/sources.ts';
import type { AsOf } from '../entities/as-of.ts';
import { inRegionOrder, siteRefErrors, type SiteRecord } from '../site.ts';
import { collectEvents } from '../timeline/timeline.ts';
import type { ArticleView, Entities, Entry, Section } from '../types.ts';
import { articleOf, buildArticles } from './articles.ts';
import type { Digest } from './types.ts';

/** What the loader read: the collections, the as-of record and the site record, with the files they came from. */
export interface LoadedContent {
  articles: Entry<'articles'>[];
  sections: Section[];
  corrections: Entry<'corrections'>[];
  entities: Entities;
  asOf: AsOf;
  site: SiteRecord;
  /** The site record's file, for its messages. */
  siteFile: string;
}

const fail = (errors: string[]) => {
  if (errors.length) throw new Error(`Content errors:\n  ${errors.join('\n  ')}`);
};

export function assembleDigest({ articles, sections, corrections, entities: loaded, asOf, site, siteFile }: LoadedContent): Digest {
  const idSet = (kind: EntityKind) => new Set(loaded[kind].map((e) => e.id));
  fail(siteRefErrors(siteFile, site, { regions: idSet('regions'), countries: idSet('countries'), organisations: idSet('organisations') }));
  // Every page lists regions in the site's order, so the order is applied once, here.
  const entities: Entities = { ...loaded, regions: inRegionOrder(loaded.regions, site.regionOrder) };
  const cites = citedParagraphs(entities);
  const refs = [...sections.flatMap(sectionRefs), ...ENTITY_KINDS.flatMap((k) => entities[k].flatMap((e) => entityRefs(k, e)))];
  fail(
    checkIntegrity({
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
      entityIds: Object.fromEntries(ENTITY_KINDS.map((k) => [k, idSet(k)])) as Record<EntityKind, Set<string>>,
      paragraphRefs: [
        ...corrections.flatMap((c) =>
          c.data.corrections.map((x) => ({ file: c.filePath ?? c.id, field: `corrections.${x.id}.paragraph`, article: c.id, paragraph: x.paragraph })),
        ),
        ...cites.map(({ file, field, article, paragraph }) => ({ file, field, article, paragraph })),
      ],
    }),
  );

  const views = buildArticles(articles, sections, corrections);
  const byKind = new Map(ENTITY_KINDS.map((k) => [k, new Map<string, Entities[EntityKind][number]>(entities[k].map((e) => [e.id, e]))]));
  const named = ENTITY_KINDS.flatMap((kind) => entities[kind].map((e) => ({ kind, id: e.id, names: textNames(e.data) })));
  const mentions = buildMentionIndex(named, views.flatMap((a) => a.sections.map((s) => ({ article: a.id, section: s.data.id, first: s.data.paragraphs.first, body: s.entry.body ?? '' }))));
  // Entities the text never names (a document it describes without a title) are checked through what they link.
  const unnamed = new Set(named.filter((e) => mentions.of(e.kind, e.id).length === 0).map((e) => `${e.kind}/${e.id}`));
  fail(checkCitedParagraphs(cites, mentions, (kind, id) => `${byKind.get(kind)!.get(id)!.data.name} (${kind}/${id})`, unnamed));
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

/** Stops the build for entities nothing points to; warns where frontmatter and text disagree (see coverage.ts). */
function checkCoverage(named: { kind: EntityKind; id: string; file: string }[], refs: Ref[], mentions: MentionIndex, articles: ArticleView[]) {
  const mentioned = new Set(named.filter((e) => mentions.of(e.kind, e.id).length > 0).map((e) => `${e.kind}/${e.id}`));
  fail(unreferencedEntities({ entities: named, referenced: new Set(refs.map((r) => `${r.kind}/${r.id}`)), mentioned }));
  const topics = articles.flatMap((a) =>
    a.sections.flatMap((s) => {
      const inText = (kind: EntityKind) => {
        const ids = new Set<string>();
        for (let n = s.data.paragraphs.first; n <= s.data.paragraphs.last; n++) mentions.inParagraph(a.id, n).filter((m) => m.kind === kind).forEach((m) => ids.add(m.id));
        return [...ids];
      };
      const file = s.entry.filePath ?? s.entry.id;
      const refs = referencesOf('sections', s.data);
      return [
        { file, field: 'country' as const, declared: idsOf(refs, 'countries'), mentioned: inText('countries') },
        { file, field: 'organisation' as const, declared: idsOf(refs, 'organisations'), mentioned: inText('organisations') },
      ];
    }),
  );
  const warnings = topicWarnings(topics);
  if (warnings.length) console.warn(`[digest] frontmatter and text disagree (warnings, see src/lib/coverage.ts):\n  ${warnings.join('\n  ')}`);
}
