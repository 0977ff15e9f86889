/**
 * Citing the article: the metadata reference managers read, the cite box in every format, paragraph
 * citations from a ¶ permalink, copying, downloads, and the box without JavaScript. Expected texts come
 * from the citation library and the article record, never retyped.
 */
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { expect, test, type Page } from '@playwright/test';
import { axe } from '../helpers/axe.ts';
import yaml from 'js-yaml';
import { recordScripts } from '../helpers/on-demand.ts';
import { CITATION_FORMATS, formatCitation, inTextCitation, isCslStyle, type Pinpoint } from '../../src/lib/citation/index.ts';
import type { ArticleRecord } from '../../src/lib/digest.ts';
import { citationWork } from '../../src/lib/citation/metadata.ts';

const record = yaml.load(readFileSync('content/articles/karpovich-davydova-2021/article.yaml', 'utf8')) as ArticleRecord;
const ARTICLE = `/${record.id}/`;
// An editorial heading: citations name it with its mark.
const GEORGIA = { id: 'georgia', path: `${ARTICLE}georgia/`, title: 'Georgia and the Geneva International Discussions', first: 39, last: 43 };
const GEORGIA_CITED = `${GEORGIA.title} (editorial heading)`;

/** The site the build was made for, from the page's canonical link (citations carry it, not the test server's). */
async function siteOf(page: Page): Promise<string> {
  return new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
}
async function workOf(page: Page) {
  return citationWork(record, `${await siteOf(page)}${ARTICLE}`);
}
/** Today as the reader's calendar day, passed to the library the way it reads dates (UTC). */
function today(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}
// citeproc-js builds one engine per style on first use, which takes seconds on a busy machine: do it once
// per worker, before any test's clock starts.
test.beforeAll(() => {
  test.setTimeout(180_000);
  const work = citationWork(record, `https://example.org${ARTICLE}`);
  for (const id of ['apa', 'chicago', 'mla'] as const) inTextCitation(id, work, { first: 1 }) && formatCitation(id, work);
});

const box = (page: Page) => page.locator('details.cite-box');
const shown = (page: Page, format: string) => box(page).locator(`figure[data-format="${format}"] [data-cite-text]`);
const inText = (page: Page, format: string) => box(page).locator(`figure[data-format="${format}"] [data-cite-intext]`);

test.describe('metadata in the head', () => {
  test('the article page has every Highwire tag, with the values of the article record', async ({ page }) => {
    await page.goto(ARTICLE);
    const meta = async (name: string) => page.locator(`head meta[name="${name}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('content')));
    expect(await meta('citation_title')).toEqual([record.title.en]);
    expect(await meta('citation_author')).toEqual(record.authors.map((a) => `${a.family}, ${a.given}`));
    expect(await meta('citation_journal_title')).toEqual([record.journal.title]);
    expect(await meta('citation_issn')).toEqual([record.journal.issnPrint, record.journal.issnOnline]);
    expect(await meta('citation_volume')).toEqual([String(record.volume)]);
    expect(await meta('citation_issue')).toEqual([String(record.issue)]);
    expect(await meta('citation_firstpage')).toEqual([String(record.pages.first)]);
    expect(await meta('citation_lastpage')).toEqual([String(record.pages.last)]);
    expect(await meta('citation_publication_date')).toEqual([String(record.year)]);
    expect(await meta('citation_doi')).toEqual([record.doi]);
    expect(await meta('citation_language')).toEqual([record.language]);
    expect(await meta('citation_abstract')).toEqual([record.abstract.en]);
    expect(await meta('citation_publisher')).toEqual([record.journal.publisher]);
    expect(await meta('citation_fulltext_html_url')).toEqual([`${await siteOf(page)}${ARTICLE}`]);
    expect(await meta('DC.creator')).toEqual(record.authors.map((a) => `${a.family}, ${a.given}`));
    await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute('content', 'article');
  });

  test('the article page’s JSON-LD is a ScholarlyArticle in its issue, volume and journal, with the DOI; its sections describe themselves', async ({ page }) => {
    await page.goto(ARTICLE);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('ScholarlyArticle');
    expect(ld.headline).toBe(record.title.en);
    expect(ld.sameAs).toBe(`https://doi.org/${record.doi}`);
    expect(ld.isPartOf.isPartOf.isPartOf).toMatchObject({ '@type': 'Periodical', name: record.journal.title });
    expect(ld.hasPart).toBeUndefined();
  });

  test('a section page keeps its own canonical URL, no Highwire tags, the article in Dublin Core and PRISM, and JSON-LD that is part of the article', async ({ page }) => {
    await page.goto(GEORGIA.path);
    const site = await siteOf(page);
    const meta = async (name: string) => page.locator(`head meta[name="${name}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('content')));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}${GEORGIA.path}`);
    await expect(page.locator('meta[name^="citation_"]')).toHaveCount(0);
    await expect(page.locator('meta[property="article:section"]')).toHaveCount(0);
    expect(await meta('DC.type')).toEqual(['Text.Serial.Journal']);
    expect(await meta('DC.title')).toEqual([record.title.en]);
    expect(await meta('prism.doi')).toEqual([record.doi]);
    expect(await meta('DC.relation')).toEqual([`${site}${ARTICLE}`]);
    await expect(page).toHaveTitle(new RegExp(`^${GEORGIA_CITED.replace(/[()]/g, '\\$&')} — `));
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld.name).toBe(GEORGIA_CITED);
    expect(ld.isPartOf).toMatchObject({ '@type': 'ScholarlyArticle', '@id': `${site}${ARTICLE}#article`, url: `${site}${ARTICLE}`, sameAs: `https://doi.org/${record.doi}` });
    expect(ld.about.map((a: { name: string }) => a.name)).toContain('Georgia');
  });
});

test.describe('the cite box', () => {
  test('opens by keyboard and shows each of the seven formats, as the citation library writes them', async ({ page }) => {
    await page.goto(ARTICLE);
    const work = await workOf(page);
    const summary = box(page).locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(box(page)).toHaveAttribute('open', '');
    const select = page.getByLabel('Format');
    for (const { id, label } of CITATION_FORMATS) {
      await select.selectOption({ label });
      await expect(shown(page, id)).toBeVisible();
      await expect(shown(page, id)).toHaveText(formatCitation(id, work));
      await expect(box(page).locator('figure:visible')).toHaveCount(1);
    }
  });

  test('copying a citation puts exactly its text on the clipboard and announces "Copied"', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(ARTICLE);
    await box(page).locator('summary').click();
    await page.getByLabel('Format').selectOption('gost');
    await page.getByRole('button', { name: 'Copy GOST R 7.0.100-2018' }).click();
    await expect(page.getByRole('status')).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(formatCitation('gost', await workOf(page)));
  });

  test('a styled citation is shown in italics and copied as HTML and as plain text', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(ARTICLE);
    const work = await workOf(page);
    await box(page).locator('summary').click();
    await page.getByLabel('Format').selectOption('apa');
    await expect(shown(page, 'apa').locator('i')).toHaveText([record.journal.title, String(record.volume)]);
    await expect(shown(page, 'apa').locator('i').first()).toHaveCSS('font-style', 'italic');
    await page.getByRole('button', { name: 'Copy APA 7', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('Copied');
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { types: item!.types, html: await (await item!.getType('text/html')).text(), text: await (await item!.getType('text/plain')).text() };
    });
    expect(copied.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(copied.text).toBe(formatCitation('apa', work));
    expect(copied.html).toContain(`<i>${record.journal.title}</i>, <i>${record.volume}</i>`);
    await page.getByRole('button', { name: 'Copy in-text citation (APA 7)' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('(Karpovich & Davydova, 2021)');
  });

  test('a section page cites the section (its heading marked editorial) with its stable URL, today’s access date and its paragraphs in the in-text citation', async ({ page }) => {
    await page.goto(GEORGIA.path);
    const work = await workOf(page);
    const pinpoint: Pinpoint = { sectionTitle: GEORGIA_CITED, sectionId: GEORGIA.id, url: `${await siteOf(page)}${GEORGIA.path}` };
    await box(page).locator('summary').click();
    for (const { id } of CITATION_FORMATS) {
      await expect(shown(page, id)).toHaveText(formatCitation(id, work, pinpoint, today()));
      if (isCslStyle(id)) await expect(inText(page, id)).toHaveText(inTextCitation(id, work, GEORGIA));
    }
    await expect(inText(page, 'apa')).toHaveText(`(Karpovich & Davydova, 2021, paras. ${GEORGIA.first}–${GEORGIA.last})`);
    await expect(shown(page, 'gost')).toContainText(`Section “${GEORGIA_CITED}”`);
  });

  test('on a section page with #p41 the paragraph citation names ¶ 41 and the URL with #p41', async ({ page }) => {
    await page.goto(`${GEORGIA.path}#p41`);
    const work = await workOf(page);
    const pinpoint: Pinpoint = { sectionTitle: GEORGIA_CITED, sectionId: GEORGIA.id, paragraph: 41, url: `${await siteOf(page)}${GEORGIA.path}#p41` };
    const cite = page.locator('#p41').getByRole('button', { name: 'Cite paragraph 41' });
    await expect(cite).toBeVisible();
    await cite.click();
    await expect(box(page)).toHaveAttribute('open', '');
    await expect(box(page).locator('summary')).toBeFocused();
    await expect(box(page).locator('summary')).toHaveText('Cite ¶ 41');
    for (const { id } of CITATION_FORMATS) {
      await expect(shown(page, id)).toHaveText(formatCitation(id, work, pinpoint, today()));
      if (isCslStyle(id)) await expect(inText(page, id)).toHaveText(inTextCitation(id, work, { first: 41 }));
    }
    await expect(inText(page, 'mla')).toHaveText('(Karpovich and Davydova, par. 41)');
    await expect(shown(page, 'ris')).toContainText(`${GEORGIA.path}#p41`);
    // The reference entry keeps its italics: APA prints no access date or URL next to the DOI.
    await expect(shown(page, 'apa').locator('i')).toHaveCount(2);
    // Back to the section as a whole.
    await page.getByRole('radio', { name: 'This section' }).check();
    await expect(inText(page, 'apa')).toHaveText(inTextCitation('apa', work, GEORGIA));
  });

  test('following a ¶ permalink on the article page offers that paragraph’s citation, at its section’s stable URL', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.locator('#p45 a.pnum').click();
    await expect(page).toHaveURL(/#p45$/);
    await page.locator('#p45').getByRole('button', { name: 'Cite paragraph 45' }).click();
    await page.getByLabel('Format').selectOption('gost');
    await expect(shown(page, 'gost')).toHaveText(
      formatCitation('gost', await workOf(page), { sectionTitle: 'Central Asia', sectionId: 'central-asia', paragraph: 45, url: `${await siteOf(page)}${ARTICLE}central-asia/#p45` }, today()),
    );
    await expect(inText(page, 'apa')).toHaveText('(Karpovich & Davydova, 2021, para. 45)');
  });

  test('a paragraph’s BibTeX downloads as the text shown', async ({ page }) => {
    await page.goto(`${GEORGIA.path}#p41`);
    await box(page).locator('summary').click();
    await page.getByLabel('Format').selectOption('bibtex');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download .bib file' }).click()]);
    expect(download.suggestedFilename()).toBe('karpovich2021modern_p41.bib');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toBe(await shown(page, 'bibtex').textContent());
    expect(text).toMatch(/^@article\{karpovich2021modern_p41,/);
  });

  test('its script is fetched when a reader turns to the box, or follows a ¶ permalink; not with the page', async ({ page }) => {
    const scripts = recordScripts(page);
    await page.goto(ARTICLE);
    // Anything the page's scripts fetched by themselves has been asked for once the network is quiet.
    await page.waitForLoadState('networkidle');
    expect(await scripts.fetchedBeyondHtml(), 'before the reader turns to the box').toEqual([]);
    await box(page).locator('summary').click();
    await expect(page.getByLabel('Format')).toBeVisible();
    expect(await scripts.fetchedBeyondHtml()).toEqual([expect.stringMatching(/\/_astro\/cite\.[\w-]+\.js$/)]);

    const arriving = recordScripts(page);
    await page.goto(`${GEORGIA.path}#p41`);
    await expect(page.locator('#p41').getByRole('button', { name: 'Cite paragraph 41' })).toBeVisible();
    expect(await arriving.fetchedBeyondHtml()).toEqual([expect.stringMatching(/\/_astro\/cite\.[\w-]+\.js$/)]);
  });

  test('the open cite box has no WCAG 2.2 A or AA violations', async ({ page }) => {
    await page.goto(`${GEORGIA.path}#p41`);
    await box(page).locator('summary').click();
    expect(await axe(page, { include: ['details.cite-box', '#p41'] })).toEqual([]);
  });
});

test('the citation files exist and parse to the article', async ({ request }) => {
  for (const path of [ARTICLE, GEORGIA.path]) {
    const bib = await request.get(`${path}cite.bib`);
    expect(bib.ok()).toBe(true);
    const ris = await request.get(`${path}cite.ris`);
    const json = await request.get(`${path}cite.json`);
    for (const [item] of [new Cite(await bib.text()).data, new Cite(await ris.text()).data, await json.json()]) {
      expect(item.title).toBe(record.title.en);
      expect(item.DOI).toBe(record.doi);
      expect(item.author.map((a: { family: string }) => a.family)).toEqual(record.authors.map((a) => a.family));
    }
  }
  const templates = await request.get(`${ARTICLE}cite-templates.json`);
  expect((await templates.json()).sections).toHaveLength(18);
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the styled citations are readable in the page, without an access date, and the reference managers’ files are linked', async ({ page, request }) => {
    await page.goto(GEORGIA.path);
    const work = await workOf(page);
    const pinpoint: Pinpoint = { sectionTitle: GEORGIA_CITED, sectionId: GEORGIA.id, url: `${await siteOf(page)}${GEORGIA.path}` };
    await box(page).locator('summary').click();
    for (const { id } of CITATION_FORMATS) {
      const link = box(page).locator(`figure[data-format="${id}"] a[download]`);
      if (await link.count()) {
        // BibTeX, RIS, CSL-JSON: the file, not its text, is in the page; it holds the section's citation.
        await expect(shown(page, id)).toBeHidden();
        expect(await (await request.get((await link.getAttribute('href'))!)).text()).toBe(formatCitation(id, work, pinpoint));
        continue;
      }
      await expect(shown(page, id)).toBeVisible();
      await expect(shown(page, id)).toHaveText(formatCitation(id, work, pinpoint));
      if (isCslStyle(id)) await expect(inText(page, id)).toHaveText(inTextCitation(id, work, GEORGIA));
    }
    await expect(shown(page, 'chicago').locator('i')).toHaveText(record.journal.title);
    await expect(box(page).getByRole('button')).toHaveCount(0);
    await expect(box(page).getByRole('link', { name: 'Download .ris file' })).toHaveAttribute('href', `${GEORGIA.path}cite.ris`);
  });
});
