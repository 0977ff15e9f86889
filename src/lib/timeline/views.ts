/**
 * The timeline's views — the whole, a region's, a country's — with their words, each cut into pages of
 * results (content/site.yaml's `paging.timelineEvents`; src/lib/paging.ts). The routes under src/pages/timeline*
 * only pick a view and a page; the words live here once, so a page 2 reads like its page 1.
 */
import { pageCount, pageOf, type Page } from '../paging.ts';
import { theArticles } from '../text.ts';
import { href, timelinePaths, sitePaths } from '../urls.ts';
import { eventsFor, tally, type TimelineEvent } from './timeline.ts';

export interface TimelineView {
  /** The site path of its first page. */
  path: string;
  title: string;
  description: string;
  /** One sentence on what this view shows; none for the whole timeline. */
  scope?: string;
  events: TimelineEvent[];
}

/** The part of the digest the views read; `getDigest()`'s result fits it. */
export interface TimelineDigest {
  articles: unknown[];
  events: TimelineEvent[];
  entities: {
    regions: { id: string; data: { name: string } }[];
    countries: { id: string; data: { name: string; region?: { id: string } } }[];
  };
}

const reported = (d: TimelineDigest) => theArticles(d.articles.length, 'report');

/** Every route asks for the views; they are worked out once per digest. */
const cache = new WeakMap<TimelineDigest, TimelineView[]>();

/** ", from 1995 to 2021": the years the events span, from the records rather than restated here. */
function yearSpan(events: readonly TimelineEvent[]): string {
  const years = events.flatMap((e) => [e.span.start.year, (e.span.end ?? e.span.start).year]);
  if (!years.length) return '';
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return first === last ? `, all in ${first}` : `, from ${first} to ${last}`;
}

export function timelineViews(d: TimelineDigest): TimelineView[] {
  const known = cache.get(d);
  if (known) return known;
  const name = (id: string) => d.entities.countries.find((c) => c.id === id)!.data.name;
  const what = reported(d);
  const all: TimelineView = {
    path: timelinePaths.all(),
    title: 'Timeline',
    description:
      d.articles.length === 1
        ? `Every dated event reported in the article${yearSpan(d.events)}, with links to the paragraphs that report them.`
        : 'Every dated event reported in the articles of this digest, with links to the paragraphs that report them.',
    events: d.events,
  };
  const regions = d.entities.regions.map((r): TimelineView => {
    const members = d.entities.countries.filter((c) => c.data.region?.id === r.id).map((c) => c.data.name);
    return {
      path: timelinePaths.region(r.id),
      title: `Timeline: ${r.data.name}`,
      description: `Dated events reported in ${theArticles(d.articles.length)} that involve ${r.data.name} (${members.join(', ')}).`,
      scope: `The dated events ${what} that involve a state of ${r.data.name} (${members.join(', ')}).`,
      events: eventsFor(d.events, 'regions', r.id),
    };
  });
  const countries = [...tally(d.events, 'countries').keys()].map((id): TimelineView => ({
    path: timelinePaths.country(id),
    title: `Timeline: ${name(id)}`,
    description: `Dated events reported in ${theArticles(d.articles.length)} that involve ${name(id)}.`,
    scope: `The dated events ${what} that involve ${name(id)}.`,
    events: eventsFor(d.events, 'countries', id),
  }));
  const views = [all, ...regions, ...countries];
  cache.set(d, views);
  return views;
}

/** One view by the site path of its first page; a miss is a programming error (routes list the views). */
export function timelineView(d: TimelineDigest, path: string): TimelineView {
  const v = timelineViews(d).find((x) => x.path === path);
  if (!v) throw new Error(`no timeline view at ${path}`);
  return v;
}

export interface TimelineViewPage extends Page<TimelineEvent> {
  view: TimelineView;
  /** Addresses (with the site's base) of the previous and next pages, where there are. */
  prev?: string;
  next?: string;
}

export function pagedView(view: TimelineView, n: number, size: number): TimelineViewPage {
  const page = pageOf(view.events, n, size);
  const at = (k: number) => href(sitePaths.paged(view.path, k));
  return { ...page, view, ...(n > 1 ? { prev: at(n - 1) } : {}), ...(n < page.count ? { next: at(n + 1) } : {}) };
}

/** The pages after the first of every view, for the route that builds them: `page/2`, `central-asia/page/2` … */
export function laterTimelinePages(d: TimelineDigest, size: number): { rest: string; view: TimelineView; n: number }[] {
  return timelineViews(d).flatMap((view) =>
    Array.from({ length: pageCount(view.events.length, size) - 1 }, (_, i) => ({
      rest: sitePaths.paged(view.path, i + 2).replace(/^\/timeline\//, '').replace(/\/$/, ''),
      view,
      n: i + 2,
    })),
  );
}
