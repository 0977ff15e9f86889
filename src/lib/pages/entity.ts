/**
 * An entity's page, computed once (after Starlight's generateRouteData): its facts, locator map, memberships, the
 * sections about it, every paragraph naming it, its events and related entities, all resolved to names and
 * addresses. EntityPage.astro and its parts render this and look nothing up.
 */
import type { Digest } from '../digest/types.ts';
import { KIND_LABEL, type EntityKind } from '../entities/kinds.ts';
import { membershipsOf, relatedTo } from '../entities/relations.ts';
import { entityShares } from '../entities/by-article.ts';
import type { MentionRecord } from '../entities/mention-index.ts';
import { sectionsAbout } from '../entities/sections.ts';
import { markedTitle } from '../headings.ts';
import { renderMap } from '../map/index.ts';
import { mapContent } from '../map/site.ts';
import type { SearchTags } from '../search/tags.ts';
import { formatSpan, mustParseSpan } from '../timeline/dates.ts';
import { eventsFor } from '../timeline/timeline.ts';
import type { SectionView } from '../types.ts';
import { asOfUrl, entityIndexUrl, entityUrl, homeUrl, paragraphUrl } from '../urls.ts';
import {
  entityLink,
  eventViews,
  membershipTable,
  searchTagsOf,
  searchWithin,
  sourceLinks,
  type Crumb,
  type EntityLink,
  type EventView,
  type MembershipTableView,
  type SearchWithinLink,
  type SourceLink,
} from './shared.ts';

/** One row of the infobox: text, or entities as links. */
export interface InfoRow {
  label: string;
  value: string | EntityLink[];
}

export interface Backlink {
  href: string;
  paragraph: number;
  sectionTitle: string;
  context: { before: string; match: string; after: string };
}

/** What the text says of an entity: the sections about it, the paragraphs that name it, its dated events. */
export interface EntityInTextView {
  sections: SectionView[];
  mentions: Backlink[];
  events: EventView[];
}

/** One article's share of what the text says of an entity, in a site of several articles (entities/by-article.ts). */
export interface EntityShareView extends EntityInTextView {
  article: string;
  title: string;
  url: string;
  /** Listed in full on the entity's page; otherwise counted there, with `pageUrl`, the entity's page for this article. */
  inline: boolean;
  pageUrl?: string;
}

export interface EntityPageView {
  kind: EntityKind;
  id: string;
  name: string;
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  asOfLabel: string;
  asOfUrl: string;
  /** Whether the record names sources for its description. */
  sourced: boolean;
  tags: SearchTags;
  infobox: InfoRow[];
  sources: SourceLink[];
  /** A country's locator map (SVG), or nothing. */
  locator: string;
  searchWithin: SearchWithinLink[];
  members?: MembershipTableView;
  memberships?: MembershipTableView;
  /** What the text says of the entity: in a site of one article, listed; in a site of several, each article's share. */
  text: { inText: EntityInTextView } | { byArticle: EntityShareView[] };
  related: EntityLink[];
}

export function entityPage(d: Digest, kind: EntityKind, id: string): EntityPageView {
  const { data } = d.entity(kind, id);
  const name = data.name;
  const members = kind === 'organisations' ? d.entity('organisations', id).data.members.map((m) => ({ ...m, organisation: id, country: m.country.id })) : [];
  const memberships = kind === 'countries' ? membershipsOf(id, d.entities) : [];
  const sources = (data as { sources?: Parameters<typeof sourceLinks>[1] }).sources ?? [];
  return {
    kind,
    id,
    name,
    title: `${name} — ${KIND_LABEL[kind].singular}`,
    description: data.description,
    breadcrumbs: [
      { href: homeUrl(), text: 'Digest' },
      { href: entityIndexUrl(kind), text: KIND_LABEL[kind].plural },
      { href: entityUrl(kind, id), text: name },
    ],
    asOfLabel: d.asOf.label,
    asOfUrl: asOfUrl(),
    sourced: sources.length > 0,
    tags: searchTagsOf(d, { entity: { kind, id } }),
    infobox: infobox(d, kind, id),
    sources: sourceLinks(d, sources),
    locator: kind === 'countries' ? locator(d, id) : '',
    searchWithin: searchWithin(d, { entity: { kind, id } }),
    ...(members.length > 0 ? { members: membershipTable(d, `Members of ${name}`, members, 'countries') } : {}),
    ...(memberships.length > 0 ? { memberships: membershipTable(d, `Memberships of ${name}`, memberships, 'organisations') } : {}),
    text:
      d.articles.length > 1
        ? { byArticle: entityShares(d, kind, id).map((g) => shareView(d, g)) }
        : {
            inText: {
              sections: sectionsAbout(kind, id, d.articles),
              mentions: d.mentions.of(kind, id).map((m) => backlink(d, m)),
              events: kind === 'people' ? [] : eventViews(d, eventsFor(d.events, kind, id)),
            },
          },
    related: relatedTo(kind, id, d.entities).map((l) => entityLink(d, l.kind, l.id)),
  };
}

function backlink(d: Digest, m: MentionRecord): Backlink {
  return {
    href: paragraphUrl(m.article, m.section, m.paragraph),
    paragraph: m.paragraph,
    sectionTitle: markedTitle(d.articles.find((a) => a.id === m.article)!.sections.find((s) => s.data.id === m.section)!.data),
    context: m.context,
  };
}

function shareView(d: Digest, g: ReturnType<typeof entityShares>[number]): EntityShareView {
  const a = d.articles.find((x) => x.id === g.article)!;
  return {
    article: a.id,
    title: a.record.title.en,
    url: a.url,
    inline: g.inline,
    ...(g.url ? { pageUrl: g.url } : {}),
    sections: g.sections,
    mentions: g.mentions.map((m) => backlink(d, m)),
    events: eventViews(d, g.events),
  };
}

/** The entity's page for one article (/<kind>/<id>/<article>/), where the entity's own page sums that article up. */
export interface EntityInArticleView {
  kind: EntityKind;
  id: string;
  name: string;
  share: EntityShareView;
  breadcrumbs: Crumb[];
}

export function entityInArticlePage(d: Digest, kind: EntityKind, id: string, share: ReturnType<typeof entityShares>[number]): EntityInArticleView {
  const name = d.entity(kind, id).data.name;
  const view = shareView(d, share);
  return {
    kind,
    id,
    name,
    share: view,
    breadcrumbs: [
      { href: homeUrl(), text: 'Digest' },
      { href: entityIndexUrl(kind), text: KIND_LABEL[kind].plural },
      { href: entityUrl(kind, id), text: name },
      { href: view.pageUrl!, text: 'In one article' },
    ],
  };
}

/** The facts of one record, as label and value; the fields depend on the kind. */
function infobox(d: Digest, kind: EntityKind, id: string): InfoRow[] {
  const r = d.entity(kind, id).data as Record<string, any>;
  const link = (k: EntityKind, x: string) => [entityLink(d, k, x)];
  const links = (k: EntityKind, refs: { id: string }[]) => refs.map((x) => entityLink(d, k, x.id));
  const date = (s?: string) => (s ? formatSpan(mustParseSpan(s)) : undefined);
  const rows: InfoRow[] = [];
  const row = (label: string, value: InfoRow['value']) => rows.push({ label, value });
  row('Type', r.type ?? r.kind ?? KIND_LABEL[kind].singular);
  if (r.abbr) row('Abbreviation', r.abbr);
  if (r.iso2) row('ISO 3166-1', `${r.iso2} · ${r.isoNumeric}`);
  if (kind === 'countries') row('Former Soviet republic', r.postSoviet ? 'Yes' : 'No');
  if (r.region) row('The article’s group', link('regions', r.region.id));
  if (r.parent) row('Part of', link('organisations', r.parent.id));
  if (r.founded) row('Founded', date(r.founded)!);
  // The role is the edition's statement, as of its as-of date; the sources row says where it is stated.
  if (r.role) row(`Role (as of ${d.asOf.label})`, r.role);
  if (r.country) row('Country', link('countries', r.country.id));
  if (r.date) row('Date', `${date(r.date)}${r.dateNote ? ` — ${r.dateNote}` : ''}`);
  for (const [field, label] of [['parties', 'Parties'], ['countries', 'States concerned']] as const) {
    if (r[field]?.length) row(label, links('countries', r[field]));
  }
  if (r.signatories?.length) row('Signed by', r.signatories.map((x: { name: string; capacity: string }) => `${x.name} (${x.capacity})`).join('; '));
  if (r.organisations?.length) row('Organisations', links('organisations', r.organisations));
  const other = [...new Set([...(r.names ?? []), ...(r.aliases ?? [])])].filter((n) => n !== r.name);
  if (other.length) row('Also written', other.join(' · '));
  return rows;
}

/** The country highlighted among its neighbours; nothing for a country the map does not draw. */
function locator(d: Digest, country: string): string {
  const content = mapContent(d.entities, { country: (id) => entityUrl('countries', id), place: (id) => entityUrl('places', id) }, { neighbours: d.site.map.neighbours });
  const drawn = content.countries.find((c) => c.id === country);
  return drawn
    ? renderMap({
        countries: content.countries,
        groups: content.groups,
        size: 'locator',
        highlight: country,
        links: false,
        title: `Where ${drawn.name} lies`,
        idPrefix: `locator-${country}`,
      })
    : '';
}
