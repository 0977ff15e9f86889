/**
 * The timeline page, whole or filtered by a region or a country, computed once: the events with their entities as
 * links, and the filters with their counts. TimelinePage.astro and TimelineFilters.astro render it.
 */
import { theArticles } from '../text.ts';
import type { Digest } from '../digest/types.ts';
import { tally } from '../timeline/timeline.ts';
import { pagedView, type TimelineView } from '../timeline/views.ts';
import { eventViews, type EventView } from './shared.ts';

export interface TimelineFilter {
  id: string;
  name: string;
  count: number;
}

/** Where a page of results sits in its view: earlier and later pages, the years it spans. */
export interface TimelinePager {
  number: number;
  count: number;
  prev?: string;
  next?: string;
  firstYear?: number;
  lastYear?: number;
}

export interface TimelinePageView {
  title: string;
  description: string;
  /** One sentence on what this view shows. */
  scope?: string;
  /** With one article the lede names it; with several, each event names its own. */
  only?: { url: string; title: string };
  /** "the article reports" or "the articles report". */
  reports: string;
  /** A region's or a country's view rather than the whole timeline. */
  filtered: boolean;
  events: EventView[];
  filters: { total: number; regions: TimelineFilter[]; countries: TimelineFilter[] };
  /** When the view holds more events than a page (content/site.yaml's `paging.timelineEvents`). */
  pager?: TimelinePager;
}

type TimelineFilters = TimelinePageView['filters'];
const filtersCache = new WeakMap<Digest, TimelineFilters>();

/** The whole timeline's counts by region and by country: the same on every view and page of results, so counted once. */
function timelineFilters(d: Digest): TimelineFilters {
  const cached = filtersCache.get(d);
  if (cached) return cached;
  const regionCounts = tally(d.events, 'regions');
  const filters = {
    total: d.events.length,
    regions: d.entities.regions.map((r) => ({ id: r.id, name: r.data.name, count: regionCounts.get(r.id) ?? 0 })),
    countries: [...tally(d.events, 'countries')]
      .map(([id, count]) => ({ id, name: d.entity('countries', id).data.name, count }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
  };
  filtersCache.set(d, filters);
  return filters;
}

/** Page `n` of one of the timeline's views (src/lib/timeline/views.ts: the whole, a region's, a country's). */
export function timelinePage(d: Digest, view: TimelineView, n = 1): TimelinePageView {
  const all = d.events;
  const page = pagedView(view, n, d.site.paging.timelineEvents);
  const only = d.articles.length === 1 ? d.articles[0]! : undefined;
  return {
    title: page.count > 1 ? `${view.title} (page ${page.number} of ${page.count})` : view.title,
    description: view.description,
    ...(view.scope !== undefined ? { scope: view.scope } : {}),
    ...(only ? { only: { url: only.url, title: only.record.title.en } } : {}),
    reports: theArticles(d.articles.length, 'report'),
    filtered: view.events !== all,
    events: eventViews(d, page.items),
    ...(page.count > 1
      ? {
          pager: {
            number: page.number,
            count: page.count,
            ...(page.prev ? { prev: page.prev } : {}),
            ...(page.next ? { next: page.next } : {}),
            ...(page.items.length ? { firstYear: page.items[0]!.span.start.year, lastYear: page.items.at(-1)!.span.start.year } : {}),
          },
        }
      : {}),
    filters: timelineFilters(d),
  };
}
