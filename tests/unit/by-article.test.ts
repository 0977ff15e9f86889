/**
 * A site of several articles: an entity page's share per article, and the timeline's views cut into pages of
 * results, on plain values (src/lib/entities/by-article.ts, src/lib/timeline/views.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityByArticle } from '../../src/lib/entities/by-article.ts';
import { laterTimelinePages, pagedView, timelineViews, type TimelineDigest } from '../../src/lib/timeline/views.ts';
import type { TimelineEvent } from '../../src/lib/timeline/timeline.ts';

const items = (article: string, n: number) => Array.from({ length: n }, (_, i) => ({ article, n: i }));

test('an entity page lists the small shares in full and links the large one to its own page', () => {
  const groups = entityByArticle(
    { kind: 'countries', id: 'russia' },
    ['real', 'test', 'silent'],
    { sections: [...items('real', 18), ...items('test', 2)], mentions: [...items('real', 46), ...items('test', 2)], events: items('real', 28) },
    60,
  );
  assert.deepEqual(
    groups.map((g) => [g.article, g.inline, g.url, g.sections.length, g.mentions.length, g.events.length]),
    [
      ['real', false, '/countries/russia/real/', 18, 46, 28],
      ['test', true, undefined, 2, 2, 0],
    ],
  );
});

const event = (id: string, article: string, year: number, countries: string[] = []): TimelineEvent => ({
  id, article, section: 's', paragraph: 1, href: `/${article}/s/#p1`, date: String(year),
  span: { start: { year }, precision: 'year' } as unknown as TimelineEvent['span'],
  label: id, status: 'reported', countries, organisations: [], treaties: [], places: [], regions: [], sequence: 0,
});

const digest = (events: TimelineEvent[], articles = 2): TimelineDigest => ({
  articles: Array.from({ length: articles }),
  events,
  entities: { regions: [{ id: 'north', data: { name: 'North' } }], countries: [{ id: 'a', data: { name: 'Aland', region: { id: 'north' } } }] },
});

test('the timeline and each filtered view are cut into pages of results, the first at the view’s own address', () => {
  const events = Array.from({ length: 5 }, (_, i) => event(`e${i}`, i < 3 ? 'x' : 'y', 2000 + i, i % 2 ? ['a'] : []));
  const d = digest(events);
  assert.deepEqual(timelineViews(d).map((v) => [v.path, v.events.length]), [['/timeline/', 5], ['/timeline/north/', 0], ['/timeline/country/a/', 2]]);
  assert.deepEqual(laterTimelinePages(d, 2).map((p) => p.rest), ['page/2', 'page/3']);
  const page2 = pagedView(timelineViews(d)[0]!, 2, 2);
  assert.deepEqual([page2.items.map((e) => e.id), page2.prev, page2.next], [['e2', 'e3'], '/timeline/', '/timeline/page/3/']);
  assert.deepEqual(laterTimelinePages(d, 1).map((p) => p.rest), ['page/2', 'page/3', 'page/4', 'page/5', 'country/a/page/2']);
});

test('the views’ words say “the article” with one article and “the articles” with several', () => {
  assert.match(timelineViews(digest([], 1))[2 - 1]!.scope!, /the article reports/);
  assert.match(timelineViews(digest([], 2))[1]!.scope!, /the articles report/);
});
