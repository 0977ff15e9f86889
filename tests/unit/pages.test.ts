/**
 * The pages' view models (src/lib/pages/): each computes everything its template shows from the digest, names and
 * addresses resolved, so the components only render. Run on the tiny fixture site (tests/fixtures/base).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articlePage, frontMatterRuPage } from '../../src/lib/pages/article.ts';
import { entityPage } from '../../src/lib/pages/entity.ts';
import { entityIndexPage } from '../../src/lib/pages/indexes.ts';
import { membershipPage } from '../../src/lib/pages/membership.ts';
import { siteChrome } from '../../src/lib/pages/site.ts';
import { sectionPage } from '../../src/lib/pages/section.ts';
import { timelinePage } from '../../src/lib/pages/timeline.ts';
import { mapPage, mapView } from '../../src/lib/pages/map.ts';
import { timelineViews } from '../../src/lib/timeline/views.ts';
import { aboutArticleIds, aboutArticlePage, aboutPage } from '../../src/lib/pages/about.ts';
import { dataPage } from '../../src/lib/pages/data.ts';
import { homePage } from '../../src/lib/pages/home.ts';
import { notFoundPage } from '../../src/lib/pages/not-found.ts';
import { searchPage } from '../../src/lib/pages/search.ts';
import { dataFiles, datasets, loadDatasetLicences } from '../../src/lib/data/datasets.ts';
import { sourceUrl } from '../../src/lib/digest/articles.ts';
import { inWords } from '../../src/lib/text.ts';
import { FIXTURE_BASE, fixtureDigest } from '../helpers/digest.ts';

const digest = fixtureDigest();
const article = digest.articles[0]!;
const site = new URL('https://example.org/');

test('a section page: title, place in the article, topics by kind with names and addresses, search links and tags', () => {
  const v = sectionPage(digest, article, article.sections[0]!, site);
  assert.equal(v.title, 'Introduction — Tester 2021');
  assert.equal(v.description, 'The author introduces the topic.');
  assert.deepEqual(v.position, { order: 1, of: 2 });
  assert.equal(v.inArticleUrl, '/test-article/#introduction');
  assert.deepEqual(v.breadcrumbs.at(-1), { href: '/test-article/introduction/', text: 'Introduction' });
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
  assert.deepEqual(v.breadcrumbs[1], { href: '/countries/', text: 'Countries' });
  const row = (label: string) => v.infobox.find((r) => r.label === label)?.value;
  assert.equal(row('ISO 3166-1'), 'GE · 268');
  assert.deepEqual(row('The article’s group'), [{ kind: 'regions', id: 'test-region', name: 'Test Region', href: '/regions/test-region/' }]);
  assert.equal(v.sourced, false);
  assert.match(v.locator, /^<svg/);
  assert.deepEqual(v.memberships?.rows.map((r) => [r.entity.name, r.status, r.sources.map((s) => s.name)]), [['Test Organisation', 'member', ['Test register of members']]]);
  assert.equal(v.members, undefined);
  // One article: what the text says is listed whole, not by article.
  assert.ok('inText' in v.text);
  assert.deepEqual(v.text.inText.mentions.map((m) => [m.paragraph, m.href, m.sectionTitle, m.context.match]), [[1, '/test-article/introduction/#p1', 'Introduction', 'Georgia']]);
  assert.deepEqual(v.text.inText.events.map((e) => [e.id, e.refs.map((r) => r.name)]), [['treaty-signed', ['Georgia', 'Test Place']]]);
  assert.deepEqual(v.related.map((l) => `${l.kind}/${l.id}`), ['regions/test-region', 'places/test-place', 'organisations/test-org', 'treaties/test-treaty']);
  assert.deepEqual(v.searchWithin.map((l) => l.href), ['/search/?country=Georgia']);

  const org = entityPage(digest, 'organisations', 'test-org');
  assert.deepEqual(org.members?.rows.map((r) => [r.anchor, r.entity.href]), [['member-georgia', '/countries/georgia/']]);
  assert.equal(org.locator, '');
});

test('the timeline: events with their entities, and filters counting all events', () => {
  const v = timelinePage(digest, { path: '/timeline/', title: 'Timeline', description: 'd', events: digest.events });
  assert.equal(v.filtered, false);
  assert.deepEqual(v.filters.countries, [{ id: 'georgia', name: 'Georgia', count: 1 }]);
  assert.deepEqual(v.filters.regions, [{ id: 'test-region', name: 'Test Region', count: 1 }]);
  assert.deepEqual(v.only, { url: article.url, title: article.record.title.en });
  assert.equal(timelinePage(digest, { path: '/timeline/x/', title: 't', description: 'd', events: [] }).filtered, true);
  // One page of results holds them all: no pager, and the title is the view's own.
  assert.equal(v.pager, undefined);
  assert.equal(v.title, 'Timeline');
});

test('an index page, the article page and the site’s chrome', () => {
  const index = entityIndexPage(digest, 'countries');
  assert.deepEqual(index.items, [{ href: '/countries/georgia/', name: 'Georgia', description: 'A country for tests.', mentions: '1 paragraph' }]);
  const a = articlePage(digest, article, site);
  assert.deepEqual(a.byRegion, [], 'no section of the fixture names a region');
  assert.equal(a.meta.onSection, false);
  // The second section filed under the fixture's region: it alone is listed under it.
  const region = [{ collection: 'regions' as const, id: 'test-region' }];
  const filed = { ...article, sections: article.sections.map((s, i) => (i === 1 ? { ...s, data: { ...s.data, region } } : s)) };
  assert.deepEqual(articlePage(digest, filed, site).byRegion.map((g) => [g.region.name, g.region.href, g.sections.map((s) => s.href)]), [['Test Region', '/regions/test-region/', ['#conclusion']]]);
  assert.equal(a.frontMatterRu, '/test-article/ru/');
  const chrome = siteChrome(digest);
  assert.equal(chrome.title, 'Test digest');
  // One article: the header links straight to it.
  assert.deepEqual(chrome.nav[1], { href: article.url, label: 'Article' });
  assert.deepEqual(chrome.credits.map((c) => c.title), [article.record.title.en]);
});

test('the membership matrix: post-Soviet states × the site record’s organisations, public sources in numbered notes', () => {
  const v = membershipPage(digest);
  assert.equal(v.discussedBy, 'the article discusses', 'one article, in the singular');
  assert.deepEqual(v.organisations, [{ href: '/organisations/test-org/', label: 'Test Organisation' }]);
  assert.deepEqual(v.states.map((s) => [s.link.name, s.region, s.cells.map((c) => c && [c.status, c.href, c.note])]), [
    ['Georgia', 'Test Region', [['member', '/organisations/test-org/#member-georgia', 1]]],
  ]);
  assert.deepEqual(v.notes.map((n) => [n.anchor, n.organisation, n.states, n.sources.map((s) => s.name)]), [['matrix-note-1', 'Test Organisation', ['Georgia'], ['Test register of members']]]);
});

test('the map page and the timeline describe themselves from the records: states, groups, neighbours, years', () => {
  assert.equal(
    mapView(digest, { size: 'compact' }).about,
    'The 1 post-Soviet state, coloured by the 1 regional group the article divides them into, with Russia on its own. Each state and each marked territory links to its page.',
  );
  const georgia = digest.entities.countries[0]!;
  const turkey = { ...georgia, id: 'turkey', data: { ...georgia.data, name: 'Turkey', isoNumeric: '792', postSoviet: false, region: undefined } };
  const withNeighbour = { ...digest, entities: { ...digest.entities, countries: [georgia, turkey] }, site: { ...digest.site, map: { ...digest.site.map, neighbours: ['turkey'] } } };
  assert.match(mapView(withNeighbour, { size: 'compact' }).about, /^The 1 post-Soviet state, .* Turkey is drawn for orientation\.$/);
  assert.equal(timelineViews(digest)[0]!.description, 'Every dated event reported in the article, all in 2020, with links to the paragraphs that report them.');
});

/** The digest with a second article, a copy of the first under another id: what changes when a site holds several. */
const twoArticles = (budget = digest.site.paging.aboutItems) => {
  const second = { ...article, id: 'second-article', url: '/second-article/', record: { ...article.record, title: { ...article.record.title, en: 'A second test article' } } };
  return { ...digest, articles: [article, second], site: { ...digest.site, paging: { ...digest.site.paging, aboutItems: budget } } };
};

test('the home page lists each article with its citation line and extent, each region with its states, and the organisations with members', () => {
  const v = homePage(digest);
  assert.equal(v.title, 'Test digest');
  assert.equal(v.description, "A site built from test data for the project's own tests.");
  assert.deepEqual(v.articles, [{ href: '/test-article/', title: 'A small test article', authors: 'T. T. Tester', source: 'Test Journal 2021;1(2):10–12', sections: 2, paragraphs: 3 }]);
  assert.deepEqual(v.regions.map((r) => [r.link.name, r.link.href, r.countries.map((c) => `${c.name} ${c.href}`)]), [['Test Region', '/regions/test-region/', ['Georgia /countries/georgia/']]]);
  assert.deepEqual(v.organisations.map((o) => [o.link.name, o.link.href, o.abbr]), [['Test Organisation', '/organisations/test-org/', undefined]]);
  assert.equal(v.links.membership, '/membership/');
  assert.equal(v.timelineReports, 'the article reports');
  assert.equal(homePage(twoArticles()).timelineReports, 'the articles report');
  assert.deepEqual([v.regionsUsedBy, homePage(twoArticles()).regionsUsedBy], ['the article uses', 'the articles use']);
  // The map is the compact one, its ids prefixed so they do not clash with the page's own.
  assert.match(v.map.about, /^The 1 post-Soviet state, /);
});

test('the home page leaves out an organisation without members and a programme', () => {
  const org = digest.entities.organisations[0]!;
  const programme = { ...org, id: 'test-programme', data: { ...org.data, name: 'Test Programme', type: 'programme' as const } };
  const empty = { ...org, id: 'empty-org', data: { ...org.data, name: 'Empty Organisation', abbr: 'EO', members: [] } };
  const v = homePage({ ...digest, entities: { ...digest.entities, organisations: [org, programme, empty] } });
  assert.deepEqual(v.organisations.map((o) => o.link.id), ['test-org']);
});

test('/about/ states each article’s publication and holds its notes when the site has one article', () => {
  const v = aboutPage(digest);
  assert.deepEqual(v.asOf, { label: '2021', rule: 'Test records hold as of 2021.' });
  const [a] = v.articles;
  assert.equal(a!.headingId, 'about-test-article');
  assert.deepEqual(a!.publication, {
    authors: 'T. T. Tester',
    source: 'Test Journal 2021;1(2):10–12',
    doi: '10.0000/test-article',
    doiHref: 'https://doi.org/10.0000/test-article',
    issnPrint: '1234-5678',
    issnOnline: '8765-4321',
  });
  assert.equal(a!.notesInline, true);
  assert.equal(a!.article, article);
  assert.deepEqual(aboutArticleIds(digest), []);
});

test('/about/ links to an article’s own notes page when the notes outgrow its budget, and that page names the article', () => {
  const d = twoArticles(1);
  const v = aboutPage(d);
  assert.deepEqual(v.articles.map((a) => [a.notesInline, a.notesHref, a.corrections]), [
    [false, '/about/test-article/', '0 corrections'],
    [false, '/about/second-article/', '0 corrections'],
  ]);
  assert.deepEqual(aboutArticleIds(d), ['test-article', 'second-article']);
  const page = aboutArticlePage(d, 'second-article');
  assert.equal(page.title, 'About this edition: A second test article');
  assert.equal(page.description, 'Provenance, corrections and known gaps of this edition of “A second test article”.');
  assert.equal(page.aboutHref, '/about/');
  assert.throws(() => aboutArticlePage(d, 'no-such-article'), /no article "no-such-article".*test-article, second-article/);
});

test('the 404 page links home and to the full text of each article, naming one article as “the article”', () => {
  assert.deepEqual(notFoundPage(digest), { home: '/', fullTextOf: 'the article', articles: [{ href: '/test-article/', title: 'A small test article' }] });
  assert.equal(notFoundPage(twoArticles()).fullTextOf, 'each article');
});

test('the search page sends its form to /search/, loads Pagefind’s bundle, and offers every entity index without JavaScript', () => {
  const v = searchPage();
  assert.deepEqual([v.action, v.bundle, v.base], ['/search/', '/pagefind/pagefind.js', '/']);
  assert.deepEqual(v.browse.map((b) => `${b.label} ${b.href}`), [
    'Regions /regions/',
    'Countries /countries/',
    'Organisations /organisations/',
    'Treaties and documents /treaties/',
    'People /people/',
    'Places and territories /places/',
  ]);
});

test('the open-data page states each dataset’s size, licence and date as the files and content/datasets.yaml have them', () => {
  const licences = loadDatasetLicences(FIXTURE_BASE);
  const sets = datasets({ site, events: digest.events, articles: digest.articles, entities: digest.entities, sourceUrl: (ref) => sourceUrl(ref, digest.articles) });
  const files = dataFiles(sets, { site, asOf: digest.asOf.date, licences });
  const v = dataPage(digest, { datasets: sets, files, licences, asOf: digest.asOf }, site);
  assert.deepEqual(v.licence, {
    href: 'https://creativecommons.org/licenses/by/4.0/',
    name: 'Creative Commons Attribution 4.0 International',
    spdx: 'CC-BY-4.0',
    note: "The test site's own records are released under CC BY 4.0.",
    articleNote: "The test article's licence is not known.",
  });
  const byId = (id: string) => v.datasets.find((d) => d.id === id)!;
  assert.deepEqual(byId('events').files.map((f) => [f.href, f.format, f.size]), [
    ['/data/events.csv', 'CSV', `${Buffer.byteLength(files.get('events.csv')!).toLocaleString('en')} bytes`],
    ['/data/events.json', 'JSON', `${Buffer.byteLength(files.get('events.json')!).toLocaleString('en')} bytes`],
    ['/data/events.schema.json', 'JSON Schema', `${Buffer.byteLength(files.get('events.schema.json')!).toLocaleString('en')} bytes`],
  ]);
  assert.deepEqual(byId('memberships').asOf, { label: '2021', href: '/about/#as-of' });
  assert.deepEqual(byId('paragraphs').asOf, { text: 'the article’s text as published (2021), with this edition’s listed corrections' });
  assert.deepEqual(byId('events').asOf, { text: 'each event carries its own date, as the article reports it' });
  // The edition's licence for its own records; none for the authors' text.
  assert.deepEqual(byId('events').licence, { href: 'https://creativecommons.org/licenses/by/4.0/', spdx: 'CC-BY-4.0' });
  assert.equal(byId('paragraphs').licence, undefined);
  assert.equal(byId('events').caption, 'Fields of timeline events, in column order');
  assert.deepEqual(byId('memberships').fields.find((f) => f.nameParts.join('') === 'sourceParagraphs')?.nameParts, ['source', 'Paragraphs']);
  // The schema.org markup: the edition's datasets are its own, the paragraphs are the authors' text.
  const [events, , , paragraphs] = v.jsonLd.map((j) => JSON.parse(j));
  assert.deepEqual(events.creator, { '@type': 'Organization', name: 'Test digest', url: 'https://example.org/' });
  assert.deepEqual([paragraphs.creator, paragraphs.isBasedOn], [[{ '@type': 'Person', name: 'T. T. Tester' }], ['https://doi.org/10.0000/test-article']]);
  assert.equal(paragraphs.license, undefined);
});

test('the membership matrix counts its states and organisations in words and links its date to the “as of” rule', () => {
  const v = membershipPage(digest);
  assert.deepEqual(v.inWords, { states: 'one', organisations: 'one' });
  assert.equal(v.asOfHref, '/about/#as-of');
  // Fifteen republics in words; a larger count in figures.
  assert.deepEqual([inWords(15), inWords(16)], ['fifteen', '16']);
});

test('the article page is titled by the article and described with its authors', () => {
  const v = articlePage(digest, article, site);
  assert.equal(v.title, 'A small test article');
  assert.equal(v.description, 'A small test article, by T. T. Tester: the full text with numbered paragraphs.');
});

test('the map page is described by the first sentence of what it says of the map', () => {
  const v = mapPage(digest);
  assert.equal(v.map.size, 'full');
  assert.equal(v.description, 'The 1 post-Soviet state, coloured by the 1 regional group the article divides them into, with Russia on its own, each a link to its page.');
});

test('the front matter in Russian: its own page in the article’s trail, filed in search as what it is, linked to the notes only if they say how it was restored', () => {
  const v = frontMatterRuPage(digest, article);
  assert.deepEqual(v.breadcrumbs.map((c) => c.href), ['/', article.url, '/test-article/ru/']);
  assert.deepEqual(v.tags.filters.type, ['Front matter in Russian']);
  assert.equal(v.tags.meta.paragraphs, undefined, 'it holds no paragraph of the text');
  const restored = { ...article, record: { ...article.record, restorationNotes: ['Restored from the OCR.'] } };
  assert.equal(frontMatterRuPage(digest, { ...article, record: { ...article.record, restorationNotes: [], edition: undefined } }).notes, undefined);
  assert.equal(frontMatterRuPage(digest, restored).notes, '/about/#test-article-russian-front-matter');
});
