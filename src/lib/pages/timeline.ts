/**
 * The timeline page, whole or filtered by a region or a country, computed once: the events with their entities as
 * links, and the filters with their counts. TimelinePage.astro and TimelineFilters.astro render it.
 */
import type { Digest } from '../digest/types.ts';
import { tally, type TimelineEvent } from '../timeline/timeline.ts';
import { eventViews, type EventView } from './shared.ts';

export interface TimelineFilter {
  id: string;
  name: string;
  count: number;
}

export interface TimelinePageView {
  title: string;
  description: string;
  /** One sentence on what this view shows. */
  scope?: string;
  /** With one article the lede names it; with several, each event names its own. */
  only?: { url: string; title: string };
  /** A region's or a country's view rather than the whole timeline. */
  filtered: boolean;
  events: EventView[];
  filters: { total: number; regions: TimelineFilter[]; countries: TimelineFilter[] };
}

export function timelinePage(d: Digest, page: { title: string; description: string; events?: TimelineEvent[]; scope?: string }): TimelinePageView {
  const all = d.events;
  const events = page.events ?? all;
  const only = d.articles.length === 1 ? d.articles[0]! : undefined;
  const regionCounts = tally(all, 'regions');
  return {
    title: page.title,
    description: page.description,
    ...(page.scope !== undefined ? { scope: page.scope } : {}),
    ...(only ? { only: { url: only.url, title: only.record.title.en } } : {}),
    filtered: events !== all,
    events: eventViews(d, events),
    filters: {
      total: all.length,
      regions: d.entities.regions.map((r) => ({ id: r.id, name: r.data.name, count: regionCounts.get(r.id) ?? 0 })),
      countries: [...tally(all, 'countries')]
        .map(([id, count]) => ({ id, name: d.entity('countries', id).data.name, count }))
        .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    },
  };
}
