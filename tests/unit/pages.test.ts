/**
 * The pages' view models (src/lib/pages/): each computes everything its template shows from the digest, names and
 * addresses resolved, so the components only render. Run on the tiny fixture site (tests/fixtures/base).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityPage } from '../../src/lib/pages/entity.ts';
import { sectionPage } from '../../src/lib/pages/section.ts';
import { timelinePage } from '../../src/lib/pages/timeline.ts';
import { fixtureDigest } from '../helpers/digest.ts';

const digest = fixtureDigest();
const article = digest.articles[0]!;
const site = new URL('https://example.org/');

test('a section page: title, place in the article, topics by kind with names and addresses, search links and tags', () => {
  const v = sectionPage(digest, article, article.sections[0]!, site);
  assert.equal(v.title, 'Introduction — Tester 2021');
  assert.equal(v.description, 'The author introduces the topic.');
  assert.deepEqual(v.position, { order: 1, of: 2 });
  assert.equal(v.inArticleUrl, '/test-article/#introduction');
  assert.deepEqual(v.breadcrumbs.self, { href: '/test-article/introduction/', text: 'Introduction' });
  assert.deepEqual(
    v.topics.filter((g) => g.links.length).map((g) => [g.label, g.links.map((l) => `${l.name} ${l.href}`)]),
    [
      ['Countries', ['Georgia /countries/georgia/']],
      ['Organisations', ['Test Organisation /organisations/test-org/']],
      ['Treaties and documents', ['Test Treaty /treaties/test-treaty/']],
    ],
  );
  // Treaties are topics but not offered for a search within.
  assert.deepEqual(v.searchWithin.map((l) => l.value), ['Georgia', 'Test Organisation']);
  assert.deepEqual(v.tags.filters.country, ['Georgia']);
  assert.equal(v.meta.onSection, true);
  assert.equal(v.meta.articleUrl, 'https://example.org/test-article/');
});

test('an entity page: infobox rows as text or links, memberships, backlinks, events and related entities, all resolved', () => {
  const v = entityPage(digest, 'countries', 'georgia');
  assert.equal(v.title, 'Georgia — country');
  assert.deepEqual(v.breadcrumbs.index, { href: '/countries/', text: 'Countries' });
  const row = (label: string) => v.infobox.find((r) => r.label === label)?.value;
  assert.equal(row('ISO 3166-1'), 'GE · 268');
  assert.deepEqual(row('The article’s group'), [{ kind: 'regions', id: 'test-region', name: 'Test Region', href: '/regions/test-region/' }]);
  assert.equal(v.sourced, false);
  assert.match(v.locator, /^<svg/);
  assert.deepEqual(v.memberships?.rows.map((r) => [r.entity.name, r.status, r.sources.map((s) => s.name)]), [['Test Organisation', 'member', ['Test register of members']]]);
  assert.equal(v.members, undefined);
  assert.deepEqual(v.mentions.map((m) => [m.paragraph, m.href, m.sectionTitle, m.context.match]), [[1, '/test-article/introduction/#p1', 'Introduction', 'Georgia']]);
  assert.deepEqual(v.events.map((e) => [e.id, e.refs.map((r) => r.name)]), [['treaty-signed', ['Georgia', 'Test Place']]]);
  assert.deepEqual(v.related.map((l) => `${l.kind}/${l.id}`), ['regions/test-region', 'places/test-place', 'organisations/test-org', 'treaties/test-treaty']);
  assert.deepEqual(v.searchWithin.map((l) => l.href), ['/search/?country=Georgia']);

  const org = entityPage(digest, 'organisations', 'test-org');
  assert.deepEqual(org.members?.rows.map((r) => [r.anchor, r.entity.href]), [['member-georgia', '/countries/georgia/']]);
  assert.equal(org.locator, '');
});

test('the timeline: events with their entities, and filters counting all events', () => {
  const v = timelinePage(digest, { title: 'Timeline', description: 'd' });
  assert.equal(v.filtered, false);
  assert.deepEqual(v.filters.countries, [{ id: 'georgia', name: 'Georgia', count: 1 }]);
  assert.deepEqual(v.filters.regions, [{ id: 'test-region', name: 'Test Region', count: 1 }]);
  assert.deepEqual(v.only, { url: article.url, title: article.record.title.en });
  assert.equal(timelinePage(digest, { title: 't', description: 'd', events: [] }).filtered, true);
});
