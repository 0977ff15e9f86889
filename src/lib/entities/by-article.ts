/**
 * What an entity page shows of the articles, and the entity's page for one article. With one article, the page
 * lists its sections, paragraphs and events as one whole (as first published). With several, they are grouped
 * by the article they come from; an article is listed in full while the page's budget of items allows
 * (content/site.yaml's `paging.entityItems`, src/lib/paging.ts) and otherwise summed up in one line that links
 * to /<kind>/<id>/<article>/, where that article's share is listed in full. So the page stays within its weight
 * however many articles the site holds.
 */
import type { Digest } from '../digest/types.ts';
import { shareByArticle } from '../paging.ts';
import { eventsFor } from '../timeline/timeline.ts';
import { entityInArticleUrl } from '../urls.ts';
import type { EntityKind } from './integrity.ts';
import { sectionsAbout } from './sections.ts';

/** The parts of a section, a mention and an event this needs: the digest's views fit. */
export interface HasArticle {
  article: string;
}

export interface EntityInArticle<S extends HasArticle, M extends HasArticle, E extends HasArticle> {
  article: string;
  sections: S[];
  mentions: M[];
  events: E[];
  /** Listed in full on the entity's page; otherwise only counted there, with `url`. */
  inline: boolean;
  /** The entity's page for this article alone, when the entity's page does not list it in full. */
  url?: string;
}

export function entityByArticle<S extends HasArticle, M extends HasArticle, E extends HasArticle>(
  entity: { kind: EntityKind; id: string },
  articles: readonly string[],
  items: { sections: S[]; mentions: M[]; events: E[] },
  budget: number,
): EntityInArticle<S, M, E>[] {
  const of = <T extends HasArticle>(list: T[], article: string) => list.filter((x) => x.article === article);
  const groups = articles.map((article) => ({
    article,
    sections: of(items.sections, article),
    mentions: of(items.mentions, article),
    events: of(items.events, article),
  }));
  const count = (g: (typeof groups)[number]) => g.sections.length + g.mentions.length + g.events.length;
  const shares = new Map(shareByArticle(groups.map((g) => ({ article: g.article, count: count(g) })), budget).map((s) => [s.article, s.inline]));
  return groups
    .filter((g) => shares.has(g.article))
    .map((g) => {
      const inline = shares.get(g.article)!;
      return { ...g, inline, ...(inline ? {} : { url: entityInArticleUrl(entity.kind, entity.id, g.article) }) };
    });
}

/** The entity's sections, paragraphs and events, by article, from the digest (people have no events). */
function sharesOf(digest: Digest, kind: EntityKind, id: string) {
  return entityByArticle(
    { kind, id },
    digest.articles.map((a) => a.id),
    { sections: sectionsAbout(kind, id, digest.articles), mentions: digest.mentions.of(kind, id), events: kind === 'people' ? [] : eventsFor(digest.events, kind, id) },
    digest.site.paging.entityItems,
  );
}

const sharesCache = new WeakMap<Digest, Map<string, ReturnType<typeof sharesOf>>>();

/** sharesOf, once a build: the route of the per-article pages and the entity's own page both ask. */
export function entityShares(digest: Digest, kind: EntityKind, id: string): ReturnType<typeof sharesOf> {
  let cache = sharesCache.get(digest);
  if (!cache) sharesCache.set(digest, (cache = new Map()));
  const key = `${kind}/${id}`;
  if (!cache.has(key)) cache.set(key, sharesOf(digest, kind, id));
  return cache.get(key)!;
}

/** Every entity's page for one article that the entity pages link to: what the route builds. */
export function entityInArticlePages(digest: Digest, kinds: readonly EntityKind[]) {
  return kinds.flatMap((kind) =>
    digest.articles.length === 1
      ? []
      : digest.entities[kind].flatMap((e) => entityShares(digest, kind, e.id).filter((g) => !g.inline).map((g) => ({ kind, id: e.id, share: g }))),
  );
}
