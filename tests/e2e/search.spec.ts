/**
 * Search, end to end, over the production build and its Pagefind index, under the site's CSP
 * (src/server/serve.mjs sends the headers the build writes to _headers).
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';

// Searching loads the index and runs WebAssembly in a worker: on a busy two-core machine that can take
// longer than Playwright's default five seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

const ARTICLE = '/karpovich-davydova-2021/';
const resultLinks = (page: Page) => page.locator('.search-result-title a');
const status = (page: Page) => page.locator('[data-search-status]');

/** Opens the search page for a query and waits until the result count is announced. */
async function search(page: Page, q: string, extra = ''): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}${extra}`);
  await expect(status(page)).toHaveText(/^(\d+ results?|No results) /);
}

/** Every page a result links to must be filed under `key=value` in the index (the hidden search tags). */
async function expectAllFiledUnder(page: Page, key: string, value: string): Promise<void> {
  const hrefs = await page.locator('.search-result-title a, [data-search-pages-list] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  for (const href of hrefs) {
    const html = await (await page.request.get(href)).text();
    expect(html, `${href} is filed under ${key}=${value}`).toContain(`<span data-pagefind-filter="${key}">${escaped}</span>`);
  }
}

const queries: { q: string; path?: string; text?: string | RegExp; extra?: string; why: string }[] = [
  { q: 'Turkmenistan', path: `${ARTICLE}turkmenistan/`, text: 'Turkmenistan', why: 'the Turkmenistan section' },
  { q: 'Aktau', path: `${ARTICLE}turkmenistan/`, text: 'Aktau', why: 'the passage on the Aktau summit' },
  { q: 'Minsk agreements', path: `${ARTICLE}minsk-agreements/`, text: 'Minsk agreements', why: 'the section on the Minsk agreements' },
  { q: 'Sputnik', path: `${ARTICLE}russia-and-moldova/`, text: 'Sputnik', why: 'the vaccine deliveries to Moldova' },
  { q: 'Gyumri', path: `${ARTICLE}armenia/`, text: 'Gyumri', why: 'the passage on the base in Gyumri' },
  { q: 'Kiev', path: `${ARTICLE}minsk-agreements/`, text: 'Kiev', why: 'the article’s own spelling' },
  { q: 'Kyiv', path: `${ARTICLE}minsk-agreements/`, text: 'Kiev', why: 'the passage that spells it Kiev' },
  { q: 'Japarov', path: `${ARTICLE}kyrgyzstan-and-tajikistan/`, text: 'Zhaparov', why: 'the passage that spells it Zhaparov' },
  { q: 'Donbas', path: `${ARTICLE}minsk-agreements/`, text: /Donetsk|Luhansk/, why: 'the passage naming Donetsk and Luhansk' },
  { q: 'ОДКБ', text: /CSTO|Collective Security Treaty Organization/, why: 'a passage naming the CSTO' },
  { q: 'ЕАЭС', text: 'EAEU', why: 'a passage naming the EAEU' },
  { q: 'Молдавия', path: `${ARTICLE}russia-and-moldova/`, text: 'Moldova', why: 'the section on Moldova' },
  { q: 'Moldavia', path: `${ARTICLE}russia-and-moldova/`, text: 'Moldova', why: 'the section on Moldova' },
  { q: 'Stoltenberg', path: `${ARTICLE}georgia/`, text: 'Stoltenberg', why: 'the passage quoting the NATO Secretary General' },
  { q: 'Caspian Pipeline Consortium', path: `${ARTICLE}kazakhstan/`, text: 'Caspian Pipeline Consortium', why: 'the Kazakhstan section' },
  { q: 'Transnistria', path: `${ARTICLE}russia-and-moldova/`, text: 'Transnistria', why: 'the passage on Transnistria' },
  { q: 'Karabakh', path: `${ARTICLE}nagorno-karabakh-2020/`, text: 'Karabakh', why: 'the section on the 2020 fighting' },
  { q: 'South Caucasus', path: `${ARTICLE}transcaucasian-republics/`, text: /Transcaucas/, why: 'the passage on the Transcaucasian republics' },
  { q: 'Eurasian Economic Union', path: `${ARTICLE}integration-structures/`, extra: '&type=Article+section', text: 'EAEU', why: 'the passage that says EAEU, among sections' },
  { q: 'velvet revolution', path: `${ARTICLE}armenia/`, text: /velvet revolution/i, why: 'the passage on Armenia in 2018' },
  { q: 'gas prices', path: `${ARTICLE}belarus/`, text: 'gas', why: 'the passage on Russian gas for Belarus' },
  { q: 'российской дипломатии', path: `${ARTICLE}ru/`, text: 'российской дипломатии', why: 'the Russian title, on the page of the front matter in Russian' },
  { q: 'россииской дипломатии', path: `${ARTICLE}ru/`, text: 'российской дипломатии', why: 'the Russian title, й typed as и' },
  { q: 'ее', path: `${ARTICLE}ru/`, text: 'ее внешней политики', why: 'the Russian abstract' },
  { q: 'её', path: `${ARTICLE}ru/`, text: 'ее внешней политики', why: 'the Russian abstract’s “ее”, typed with ё' },
];

test.describe('ranking', () => {
  // One search page for all the queries, as a reader types one after another: loading Pagefind and its
  // WebAssembly afresh for each query took most of this file's time. A second tab opens the results.
  test.describe.configure({ mode: 'default' });
  let searchPage: Page;
  let resultPage: Page;
  test.beforeAll(async ({ browser }) => {
    searchPage = await browser.newPage();
    resultPage = await browser.newPage();
  });
  test.afterAll(async () => {
    await searchPage.close();
    await resultPage.close();
  });

  let loadedWith: string | undefined;

  /** Types the query into the loaded search page; opens the page first, or again for other filters. */
  async function searchOnPage(q: string, extra: string): Promise<void> {
    if (loadedWith !== extra) {
      await search(searchPage, q, extra);
      loadedWith = extra;
      return;
    }
    await status(searchPage).evaluate((e) => e.replaceChildren());
    await searchPage.getByLabel('Words to find').fill(q);
    await searchPage.getByLabel('Words to find').press('Enter');
    await expect(status(searchPage)).toHaveText(/^(\d+ results?|No results) /);
  }

  for (const { q, path, text, extra = '', why } of queries) {
    test(`searching “${q}” finds ${why} among the first three results, opening at the matching anchor`, async () => {
      await searchOnPage(q, extra);
      expect(new URL(searchPage.url()).searchParams.get('q'), 'the page searched for this query').toBe(q);
      const top = await resultLinks(searchPage).evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')!));
      const pathOf = (href: string) => new URL(href, 'http://x').pathname;
      const hit = top.find((h) => (path ? pathOf(h) === path : pathOf(h).startsWith(ARTICLE) && pathOf(h) !== ARTICLE));
      expect(hit, `first three results for “${q}”: ${top.join(', ')}`).toBeTruthy();
      await resultPage.goto(hit!);
      const id = decodeURIComponent(new URL(resultPage.url()).hash.slice(1));
      expect(id, 'the result links to an anchor').not.toBe('');
      const target = resultPage.locator(`[id="${id}"]`);
      await expect(target).toHaveCount(1);
      // A paragraph holds the words; a heading (the front matter's) heads the block that does.
      const isHeading = await target.evaluate((e) => /^H[1-6]$/.test(e.tagName));
      if (text) await expect(isHeading ? target.locator('xpath=..') : target).toContainText(text);
    });
  }
});

test('entity pages come as a compact block; the ranked list holds the passages of the text', async ({ page }) => {
  await search(page, 'CSTO');
  const block = page.getByRole('region', { name: 'Pages on these words' });
  await expect(block.getByRole('link', { name: 'Collective Security Treaty Organization' })).toHaveAttribute('href', /^\/organisations\/csto\//);
  const ranked = await resultLinks(page).evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')!, 'http://x').pathname));
  expect(ranked.length).toBeGreaterThan(0);
  for (const path of ranked) expect(path, 'a passage of the text').toMatch(new RegExp(`^${ARTICLE}`));
});

test('choosing a kind of page gives one list of that kind', async ({ page }) => {
  await search(page, 'CSTO', '&type=Organisation');
  await expect(page.getByRole('region', { name: 'Pages on these words' })).toBeHidden();
  await expect(resultLinks(page).first()).toHaveAttribute('href', /^\/organisations\//);
});

test('nothing on the page moves while results arrive (cumulative layout shift at most 0.02)', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await search(page, 'Kyiv');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThanOrEqual(0.02);
});

test('a result opens with the searched words highlighted on the page', async ({ page }) => {
  await search(page, 'Sputnik');
  await resultLinks(page).first().click();
  await expect(page).toHaveURL(/highlight=sputnik/);
  await expect(page.locator('mark.search-highlight').first()).toHaveText(/Sputnik/i);
});

test('a match on another name says which name matched, and shows the article’s words', async ({ page }) => {
  await search(page, 'Kyiv');
  const result = page.locator('.search-result', { has: page.locator(`a[href*="${ARTICLE}minsk-agreements/"]`) }).first();
  await expect(result).toContainText('found under another name: Kyiv');
  await expect(result.locator('.search-excerpt').first()).not.toContainText('⁅');
});

for (const [key, label, value] of [
  ['type', 'Kind of page', 'Article section'],
  ['region', 'Region', 'Central Asia'],
  ['country', 'Country', 'Belarus'],
  ['organisation', 'Organisation', 'Collective Security Treaty Organization'],
  ['treaty', 'Treaty or document', 'Minsk agreements'],
] as const) {
  test(`the ${key} filter narrows the results to pages filed under ${value}`, async ({ page }) => {
    await search(page, 'Russia');
    const before = Number((await status(page).textContent())!.match(/^\d+/)![0]);
    const select = page.getByLabel(label, { exact: true });
    await expect(select.locator(`option[value="${value}"]`)).toHaveText(new RegExp(`^${value} \\(\\d+\\)$`));
    await select.selectOption(value);
    await expect(status(page)).toContainText(`within ${value}`);
    const after = Number((await status(page).textContent())!.match(/^\d+/)![0]);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(new URL(page.url()).searchParams.get(key)).toBe(value);
    await expectAllFiledUnder(page, key, value);
  });
}

test('a filter lists the values that have results, each with its count, in alphabetical order', async ({ page }) => {
  const countries = page.getByLabel('Country', { exact: true }).locator('option:not([value=""])');
  await page.goto('/search/');
  await expect(countries.first()).toHaveText(/\(\d+\)$/);
  const all = await countries.count();
  await search(page, 'Caspian');
  await expect(countries.first()).toHaveText(/\(\d+\)$/);
  const listed = await countries.allTextContents();
  expect(listed.length).toBeGreaterThan(0);
  expect(listed.length).toBeLessThan(all);
  for (const text of listed) expect(text).toMatch(/ \([1-9]\d*\)$/);
  const names = listed.map((t) => t.replace(/ \(\d+\)$/, ''));
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
});

test('the address round-trips the query and the filters', async ({ page }) => {
  await page.goto('/search/?q=gas&country=Belarus');
  await expect(page.getByLabel('Words to find')).toHaveValue('gas');
  await expect(page.getByLabel('Country', { exact: true })).toHaveValue('Belarus');
  await expect(status(page)).toHaveText(/^\d+ results? for “gas” within Belarus\.$/);
  await expectAllFiledUnder(page, 'country', 'Belarus');
  await page.getByLabel('Kind of page').selectOption('Article section');
  await expect(page).toHaveURL(/\?q=gas&type=Article\+section&country=Belarus$/);
  await page.getByLabel('Words to find').fill('gas prices');
  await expect(page).toHaveURL(/\?q=gas\+prices&type=Article\+section&country=Belarus$/);
  await page.reload();
  await expect(page.getByLabel('Words to find')).toHaveValue('gas prices');
  await expect(page.getByLabel('Kind of page')).toHaveValue('Article section');
  await expect(resultLinks(page).first()).toHaveAttribute('href', new RegExp(`${ARTICLE}belarus/`));
});

test('a filter alone lists every page filed under it', async ({ page }) => {
  await page.goto('/countries/belarus/');
  await page.getByRole('link', { name: 'Search within Belarus' }).click();
  await expect(page).toHaveURL('/search/?country=Belarus');
  await expect(page.getByLabel('Country', { exact: true })).toHaveValue('Belarus');
  await expect(status(page)).toHaveText(/^\d+ results within Belarus\.$/);
  await expectAllFiledUnder(page, 'country', 'Belarus');
});

test('a section page offers to search within its topics', async ({ page }) => {
  await page.goto(`${ARTICLE}central-asia/`);
  await page.getByRole('navigation', { name: 'Search within this section’s topics' }).getByRole('link', { name: 'Search within Kazakhstan' }).click();
  await expect(page).toHaveURL('/search/?country=Kazakhstan');
  await expect(resultLinks(page).first()).toBeVisible();
});

test('sorting by date lists dated pages, earliest first', async ({ page }) => {
  await search(page, 'Russia', '&type=Article+section&sort=date-asc');
  await expect(page.getByLabel('Order')).toHaveValue('date-asc');
  const dates = await page.locator('.search-result-meta').evaluateAll((ps) => ps.map((p) => Number(p.textContent!.match(/· (\d{4})/)?.[1])));
  expect(dates.length).toBeGreaterThan(3);
  expect(dates).toEqual([...dates].sort((a, b) => a - b));
});

test('keyboard only: / focuses the search box, Tab reaches a result, Enter opens it', async ({ page }) => {
  await page.goto(`${ARTICLE}introduction/`);
  await page.locator('body').press('/');
  await expect(page.getByRole('searchbox', { name: 'Search the digest' })).toBeFocused();
  await page.keyboard.type('Aktau');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/search/?q=Aktau');
  await expect(status(page)).toHaveText(/^\d+ results? for “Aktau”\.$/);
  await page.keyboard.press('/');
  await expect(page.getByLabel('Words to find')).toBeFocused();
  for (let i = 0; i < 15 && !(await page.evaluate(() => !!document.activeElement?.closest('.search-result'))); i++) await page.keyboard.press('Tab');
  const focused = page.locator('.search-result a:focus');
  await expect(focused).toHaveCount(1);
  const href = await focused.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect.poll(() => {
    const u = new URL(page.url());
    return u.pathname + u.search + u.hash;
  }).toBe(href);
});

test('arrow keys move from the search box through the results', async ({ page }) => {
  await search(page, 'Transnistria');
  await page.getByLabel('Words to find').press('ArrowDown');
  await expect(page.locator('.search-results a').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.search-results a').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('Words to find')).toBeFocused();
});

for (const attack of ['<img src=x onerror="window.__pwned=1;alert(1)">', '"><script>window.__pwned=1;alert(1)</script>']) {
  test(`a query such as ${attack.slice(0, 12)}… is shown as text and runs nothing`, async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`/search/?q=${encodeURIComponent(attack)}`);
    await expect(status(page)).toContainText(`“${attack}”`);
    await page.getByLabel('Words to find').fill(`${attack} Russia`);
    await expect(status(page)).toContainText(`“${attack} Russia”`);
    await expect(page.getByLabel('Words to find')).toHaveValue(`${attack} Russia`);
    expect(await page.locator('main img, main script:not([src])').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
  });
}

test('the search page and its results raise no Content-Security-Policy violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await search(page, 'Sputnik');
  await resultLinks(page).first().click();
  await expect(page.locator('mark.search-highlight').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('without an index the page says where search works, keeps the query and shows no empty filter box', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/search/?q=Aktau');
  await expect(page.getByText('It is built with the production site: run npm start')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Words to find' })).toHaveValue('Aktau');
  await expect(page.getByRole('group', { name: 'Narrow the results' })).toBeHidden();
});

test('an order that is not on the list is ignored, and search still works', async ({ page }) => {
  for (const sort of ['constructor', '__proto__', 'toString']) {
    await page.goto(`/search/?q=Aktau&sort=${sort}`);
    await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results? for “Aktau”\.$/);
  }
});

test('a zero-width space inside a word still finds the word', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('Ak\u200Btau')}`);
  await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results? for “Aktau”\.$/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('a 200-character unbroken query does not widen the page', async ({ page }) => {
    await page.goto(`/search/?q=${'x'.repeat(200)}`);
    await expect(page.locator('[data-search-status]')).toContainText('No results');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test('the echoed query is isolated, so a right-to-left override in it cannot reverse the status line', async ({ page }) => {
  const q = 'Aktau \u202Ezz';
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveText(/for “Aktau zz”/);
  // The control character is dropped from the query, and what is echoed sits in its own <bdi>.
  await expect(status.locator('bdi')).toHaveText('Aktau zz');
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('no search box takes a query it would lose; the search page says search needs JavaScript and offers the indexes', async ({ page }) => {
    await page.goto(`${ARTICLE}georgia/`);
    await expect(page.getByRole('search', { name: 'Site search' })).toBeHidden();
    await page.goto('/search/?q=Geneva');
    await expect(page.getByRole('search', { name: 'Search the digest' })).toBeHidden();
    await expect(page.getByRole('group', { name: 'Narrow the results' })).toBeHidden();
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    for (const [name, href] of [['Regions', '/regions/'], ['Countries', '/countries/'], ['Organisations', '/organisations/'], ['Treaties and documents', '/treaties/'], ['People', '/people/']]) {
      await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    }
  });
});
