/**
 * The timeline: every dated event the sections report, flattened, sorted and grouped. Pure
 * functions over plain data (no `astro:content`), so they run under `node --test` and any page can
 * call them: `collectEvents(await getDigest())` gives the article's events, and
 * `eventsFor(events, 'countries', 'moldova')` the ones an entity page shows.
 *
 * Order: chronological with mixed precision (`compareSpans`: "2021" before "2021-06" before
 * "2021-06-14"), then by ¶ number, then in the order the sections list them (reading order), so
 * events of one ¶ with the same date keep the article's sequence.
 * An event's regions are derived from its countries (the article's regional groups); Russia and
 * the states outside the post-Soviet space belong to none.
 */
import { compareSpans, mustParseSpan, type DateSpan } from './dates.ts';
import { paragraphUrl } from '../urls.ts';
import { idsOf, referencesOf } from '../entities/refs.ts';
import type { EventRecord, Plain, RecordOf, SectionData } from '../types.ts';

export type { EventRecord };

/** The part of the digest the timeline reads; `getDigest()`'s result fits it. */
export interface DigestLike {
  articles: { id: string; sections: { data: Plain<Pick<SectionData, 'id' | 'events'>> }[] }[];
  entities: { countries: RecordOf<'countries', 'region'>[] };
}

export interface TimelineEvent {
  id: string;
  article: string;
  section: string;
  paragraph: number;
  /** The ¶ permalink on the section page. */
  href: string;
  /** The date as written in the frontmatter, e.g. "2021-06" or "2019/2020". */
  date: string;
  span: DateSpan;
  /** The article's own wording of the date, where recorded. */
  when?: string;
  /** Why the edition's date differs from the article's wording. */
  dateNote?: string;
  label: string;
  status: EventRecord['status'];
  countries: string[];
  organisations: string[];
  treaties: string[];
  places: string[];
  /** The article's regional groups of the event's countries, in first-seen order. */
  regions: string[];
  /** Position in reading order across the digest (articles, sections, then each section's list). */
  sequence: number;
}

/** The kinds an event can be looked up by. */
export type EventKind = 'regions' | 'countries' | 'organisations' | 'treaties' | 'places';

export interface YearGroup<E extends TimelineEvent = TimelineEvent> {
  year: number;
  events: E[];
}

/** Chronological order with mixed precision; ties by ¶ number, then reading order, then id. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return compareSpans(a.span, b.span) || a.paragraph - b.paragraph || a.sequence - b.sequence || a.id.localeCompare(b.id);
}

export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(compareEvents);
}

/**
 * Every event of every article, sorted; throws on a malformed date (the schema has already checked
 * it). Expects the sections of each article in reading order, as the digest gives them.
 */
export function collectEvents(digest: DigestLike): TimelineEvent[] {
  const regionOf = new Map(digest.entities.countries.map((c) => [c.id, c.data.region?.id]));
  let sequence = 0;
  const events = digest.articles.flatMap((article) =>
    article.sections.flatMap(({ data: section }) =>
      section.events.map((e): TimelineEvent => {
        const refs = referencesOf('events', e);
        const countries = idsOf(refs, 'countries');
        const regions = [...new Set(countries.map((c) => regionOf.get(c)).filter((r): r is string => r !== undefined))];
        return {
          id: e.id,
          article: article.id,
          section: section.id,
          paragraph: e.paragraph,
          href: paragraphUrl(article.id, section.id, e.paragraph),
          date: e.date,
          span: mustParseSpan(e.date),
          ...(e.when !== undefined ? { when: e.when } : {}),
          ...(e.dateNote !== undefined ? { dateNote: e.dateNote } : {}),
          label: e.label,
          status: e.status,
          countries,
          organisations: idsOf(refs, 'organisations'),
          treaties: idsOf(refs, 'treaties'),
          places: idsOf(refs, 'places'),
          regions,
          sequence: sequence++,
        };
      }),
    ),
  );
  return sortEvents(events);
}

/** The events that name an entity (for regions: that name one of its countries), in timeline order. */
export function eventsFor(events: readonly TimelineEvent[], kind: EventKind, id: string): TimelineEvent[] {
  return events.filter((e) => e[kind].includes(id));
}

/** Consecutive groups by the year the event starts in; expects sorted events and keeps their order. */
export function groupByYear<E extends TimelineEvent>(events: readonly E[]): YearGroup<E>[] {
  const groups: YearGroup<E>[] = [];
  for (const e of events) {
    const year = e.span.start.year;
    const last = groups.at(-1);
    if (last && last.year === year) last.events.push(e);
    else groups.push({ year, events: [e] });
  }
  return groups;
}

/** The status in words for display: nothing for a reported event. */
export function statusText(status: TimelineEvent['status']): string | undefined {
  return status === 'reported' ? undefined : status;
}

/** The ids of one kind that occur in the events, each once, with how many events name it. */
export function tally(events: readonly TimelineEvent[], kind: EventKind): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) for (const id of e[kind]) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/**
 * The value of a filter option and of an item's data attributes, shared by the pages and the
 * enhancement script: `region:<id>` or `country:<id>`.
 */
export function filterKeys(e: TimelineEvent): string[] {
  return [...e.regions.map((r) => `region:${r}`), ...e.countries.map((c) => `country:${c}`)];
}

/** Addresses of the timeline and its filtered views (no JavaScript needed to filter): in the URL module. */
export { timelineCountryUrl, timelineRegionUrl, timelineUrl } from '../urls.ts';
