/**
 * A site of two articles, walked as a reader: the real content/ plus the synthetic, labelled test article of
 * tests/fixtures/two-articles/ (tests/helpers/two-articles.ts), served on its own port (E2E_PORT + 50), so the
 * published build in dist/ stays the one-article site. `npm test` builds it beside dist/ (`npm run
 * build:two-articles`, into .tmp/two-articles/dist); run alone, this file builds it when that folder is missing.
 * TWO_ARTICLES_DIST=<folder> points it at another build.
 *
 * Kept to a handful of page loads: the pure rules (shares, pages of results) are unit-tested in
 * tests/unit/paging.test.ts; here, that the pages wire them up as a reader sees them.
 */
import { expect as baseExpect, test } from '@playwright/test';
import type { Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import yaml from 'js-yaml';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axe, watch } from '../helpers/axe.ts';
import { projectRoot } from '../helpers/build.ts';
import { fidelityProblems } from '../helpers/fidelity.ts';
import { pagesWiderThanPhone } from '../helpers/reflow.ts';
import { SEVERAL_ARTICLE_TEMPLATES } from '../helpers/templates.ts';
import { buildTwoArticleSite, REAL_ARTICLE, REAL_TITLE, TEST_ARTICLE, TEST_PAGING, TEST_TITLE, TWO_ARTICLES_DIST } from '../helpers/two-articles.ts';
import { serve } from '../../src/server/serve.mjs';

// Searching loads the index and runs WebAssembly in a worker: slow on a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });

// One build and one server for the file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

const port = Number(process.env.E2E_PORT ?? 4399) + 50;
const base = `http://127.0.0.1:${port}`;
let dist = process.env.TWO_ARTICLES_DIST ?? (existsSync(join(TWO_ARTICLES_DIST, 'index.html')) ? TWO_ARTICLES_DIST : '');
let server: Server | undefined;
const temps: string[] = [];

test.use({ baseURL: base });

test.beforeAll(async () => {
  // The build: about 10 s on an idle two-core machine, several times that on a busy one.
  test.setTimeout(240_000);
  if (!dist) {
    dist = mkdtempSync(join(tmpdir(), 'digest-two-articles-dist-'));
    temps.push(dist);
    const r = buildTwoArticleSite(dist);
    if (r.status !== 0) throw new Error(`the two-article site did not build:\n${r.output.slice(-3000)}`);
  }
  server = await serve(dist, port);
});

test.afterAll(() => {
  server?.close();
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

test('each article passes the fidelity check against its own received text', () => {
  for (const article of [REAL_ARTICLE, TEST_ARTICLE]) {
    expect(fidelityProblems(join(projectRoot, article === TEST_ARTICLE ? 'tests/fixtures/two-articles/articles' : 'content/articles', article), article, dist), article).toEqual([]);
  }
});

test('the home page lists both articles; each has its own pages, citation and notes', async ({ page, request }) => {
  await page.goto('/');
  const articles = page.locator('#articles + ul > li');
  await expect(articles).toHaveCount(2);
  await articles.getByRole('link', { name: TEST_TITLE }).click();
  await expect(page).toHaveURL(`/${TEST_ARTICLE}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(TEST_TITLE);
  // Its own citation metadata and downloads.
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', TEST_TITLE);
  await expect(page.locator('meta[name="citation_doi"]')).toHaveAttribute('content', '10.0000/test-synthetic');
  const bib = await (await request.get(`/${TEST_ARTICLE}/cite.bib`)).text();
  expect(bib).toContain(TEST_TITLE);
  expect(bib).not.toContain('Karpovich');

  // Its section pages, in its own URL space.
  await page.goto(`/${TEST_ARTICLE}/conclusion/`);
  await expect(page.locator('#p3')).toContainText('not a real event');

  // About: the test article's notes fit on /about/ (its correction among them); the real article's are on its own page.
  await page.goto('/about/');
  await expect(page.locator('#correction-test-synthetic-misspelling')).toContainText('wrod');
  await page.getByRole('link', { name: `the notes on ${REAL_TITLE}` }).click();
  await expect(page).toHaveURL(`/about/${REAL_ARTICLE}/`);
  await expect(page.getByRole('table', { name: /Changes to the received wording/ }).locator('tbody tr')).not.toHaveCount(0);
});

test('an entity page says which article each backlink comes from, and splits out the larger share', async ({ page }) => {
  await page.goto('/countries/russia/');
  const inArticles = page.getByRole('region', { name: /In the articles/ });
  await expect(inArticles.getByRole('heading', { level: 3 })).toHaveText([TEST_TITLE, REAL_TITLE]);
  // The test article's share is listed in full under its title: its backlinks lead into its own pages.
  const testShare = inArticles.getByRole('region', { name: TEST_TITLE });
  await expect(testShare.locator('.backlinks').getByRole('link')).toHaveText([/¶ 1 · Introduction/, /¶ 3 · Conclusion/]);
  await testShare.getByRole('link', { name: /¶ 1 · Introduction/ }).click();
  await expect(page).toHaveURL(`/${TEST_ARTICLE}/introduction/#p1`);
  // The real article's share, too large for the page's budget, is one line and a link to Russia in that article.
  await page.goBack();
  await inArticles.getByRole('link', { name: `Russia in ${REAL_TITLE}` }).click();
  await expect(page).toHaveURL(`/countries/russia/${REAL_ARTICLE}/`);
  const backlinks = page.getByRole('region', { name: /Mentions in the text/ }).getByRole('link');
  expect(await backlinks.count()).toBeGreaterThan(20);
  for (const href of await backlinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect(href).toMatch(new RegExp(`^/${REAL_ARTICLE}/`));
});

test('the timeline names the article of each event, a page of results at a time', async ({ page, request }) => {
  // Both articles' events, from the site's own dataset, in pages of the test site's size.
  const events = ((await (await request.get('/data/events.json')).json()) as { records: unknown[] }).records.length;
  const pages = Math.ceil(events / TEST_PAGING.timelineEvents);
  expect(pages, 'the test site’s paging gives the timeline a second page').toBeGreaterThan(1);
  await page.goto('/timeline/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Timeline (page 1 of ${pages})`);
  await expect(page.locator('.event .event-article').first()).toHaveText(`In ${REAL_TITLE}`);
  await page.getByRole('link', { name: /Later events/ }).click();
  await expect(page).toHaveURL('/timeline/page/2/');
  const event = page.locator('.event', { hasText: 'A test event (synthetic test data, not a real event)' });
  await expect(event.locator('.event-article')).toHaveText(`In ${TEST_TITLE}`);
  await expect(event.getByRole('link', { name: /Paragraph 3/ })).toHaveAttribute('href', `/${TEST_ARTICLE}/conclusion/#p3`);
});

test('the membership matrix reads the records, and a ¶ it cites names its article', async ({ page }) => {
  await page.goto('/membership/');
  const table = page.getByRole('table').first();
  // A column for the state, one for its group, and one per organisation content/site.yaml lists for the matrix.
  const { matrix } = yaml.load(readFileSync(join(projectRoot, 'content/site.yaml'), 'utf8')) as { matrix: { organisations: string[] } };
  await expect(table.locator('thead th')).toHaveCount(2 + matrix.organisations.length);
  await expect(table.getByRole('link', { name: /^¶ \d+ in Karpovich and Davydova 2021$/ }).first()).toHaveAttribute('href', new RegExp(`^/${REAL_ARTICLE}/`));
});

test('search can be narrowed to one article', async ({ page }) => {
  await page.goto(`/search/?q=Russia&article=${encodeURIComponent(TEST_TITLE)}`);
  await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results? /);
  await expect(page.getByLabel('Article', { exact: true })).toHaveValue(TEST_TITLE);
  const hrefs = await page.locator('.search-result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${TEST_ARTICLE}/`));
  // Choosing the other article narrows to its pages instead.
  await page.getByLabel('Article', { exact: true }).selectOption(REAL_TITLE);
  await expect(page.locator('[data-search-status]')).toContainText(`within ${REAL_TITLE}`);
  const others = await page.locator('.search-result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(others.length).toBeGreaterThan(0);
  for (const href of others) expect(href).toMatch(new RegExp(`^/${REAL_ARTICLE}/`));
});

for (const [template, url] of Object.entries(SEVERAL_ARTICLE_TEMPLATES)) {
  test(`${url} (${template}, only in a site of several articles) passes axe, with no console error`, async ({ page }) => {
    // axe over a long page (the Russia page lists 46 quoted paragraphs) takes a minute on a busy machine.
    test.setTimeout(120_000);
    const problems = watch(page);
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    expect([...(await axe(page)), ...problems]).toEqual([]);
  });
}

test('on a 390 px phone no template only a site of several articles has scrolls sideways', async ({ page }) => {
  expect(await pagesWiderThanPhone(page, Object.values(SEVERAL_ARTICLE_TEMPLATES))).toEqual([]);
});
