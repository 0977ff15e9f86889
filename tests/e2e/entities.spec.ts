/** Entity pages tie the article together: a reader walks from a country to a paragraph, an organisation and its members. */
import { expect, test } from '@playwright/test';

test('a reader walks from a country to a paragraph, to an organisation, to a member country', async ({ page }) => {
  await page.goto('/countries/uzbekistan/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uzbekistan');

  // A backlink opens the paragraph, which names the country.
  const mentions = page.getByRole('region', { name: /Mentions in the text/ }).getByRole('link');
  const backlink = mentions.filter({ hasText: /¶ 51/ });
  await backlink.click();
  await expect(page).toHaveURL(/\/karpovich-davydova-2021\/uzbekistan\/#p51$/);
  const para = page.locator('#p51');
  await expect(para).toContainText('Uzbekistan did not formally withdraw from the CSTO');

  // The paragraph's first mention of the CSTO links to the organisation.
  await para.getByRole('link', { name: 'CSTO' }).click();
  await expect(page).toHaveURL('/organisations/csto/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Collective Security Treaty Organization');

  // The members table links to a member country.
  const members = page.getByRole('table', { name: /Members of/ });
  await members.getByRole('link', { name: 'Armenia' }).click();
  await expect(page).toHaveURL('/countries/armenia/');
});

test('every backlink on a country page lands on a paragraph that names the country', async ({ page, request }) => {
  await page.goto('/countries/turkmenistan/');
  const hrefs = await page.getByRole('region', { name: /Mentions in the text/ }).getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(2);
  for (const href of hrefs) {
    const [path, id] = href.split('#');
    const html = await (await request.get(path!)).text();
    const para = new RegExp(`<p id="${id}"[^>]*>([\\s\\S]*?)</p>`).exec(html)?.[1] ?? '';
    expect(para, href).toContain('Turkmenistan');
  }
});

test('mention links keep the article’s words: the linked text is the name as printed', async ({ page }) => {
  await page.goto('/karpovich-davydova-2021/central-asia/');
  const links = page.locator('p.para a.mention');
  expect(await links.count()).toBeGreaterThan(3);
  await expect(page.locator('p.para a.mention', { hasText: 'Eurasian Economic Community (EurAsEC)' })).toHaveCount(0);
  await expect(page.locator('#p44 a.mention[href="/organisations/eurasec/"]')).toHaveText('Eurasian Economic Community');
});

test('the membership matrix traces a cell to the paragraph that supports it', async ({ page }) => {
  await page.goto('/membership/');
  const row = page.getByRole('row', { name: /Uzbekistan/ });
  await expect(row).toContainText('suspended');
  await row.getByRole('link', { name: '¶ 51' }).first().click();
  await expect(page).toHaveURL(/#p51$/);
  await expect(page.locator('#p51')).toContainText('CSTO');
});

test('section pages list their countries and organisations as links, and the article groups sections by region', async ({ page }) => {
  await page.goto('/karpovich-davydova-2021/turkmenistan/');
  await expect(page.getByRole('complementary', { name: 'In this section' }).getByRole('link', { name: 'Turkmenistan', exact: true })).toHaveAttribute('href', '/countries/turkmenistan/');
  await page.goto('/karpovich-davydova-2021/');
  const byRegion = page.getByRole('navigation', { name: 'Sections by region' });
  await expect(byRegion.getByRole('link', { name: 'Central Asia' }).first()).toBeVisible();
  // On the page that holds the whole text, a section under its region leads to its place in the text, as the contents do.
  await byRegion.getByRole('link', { name: 'Turkmenistan and the Caspian Sea' }).click();
  await expect(page).toHaveURL(/\/karpovich-davydova-2021\/#turkmenistan$/);
  await expect(page.locator('#turkmenistan')).toBeInViewport();
});

test('the full text links each entity once, where the article first mentions it; a section page links it on its own first mention', async ({ page }) => {
  const linksOf = (selector: string) =>
    page.locator(selector).evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, p: Number(a.closest('p')!.id.slice(1)), attrs: a.getAttributeNames() })));
  await page.goto('/karpovich-davydova-2021/');
  const whole = await linksOf('.article-text p.para a.mention');
  expect(whole.length).toBeGreaterThan(20);
  expect(new Set(whole.map((l) => l.href)).size, 'no entity is linked twice').toBe(whole.length);
  expect(whole.every((l) => l.attrs.join() === 'href,class'), 'the ¶ number the links carry through the build is not printed').toBe(true);
  const firstIn = new Map(whole.map((l) => [l.href, l.p]));
  // The last section's page links entities the text mentioned (and linked) before it.
  const sections = await page.locator('.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
  await page.goto(`/karpovich-davydova-2021/${sections.at(-1)}/`);
  const own = await linksOf('p.para a.mention');
  expect(new Set(own.map((l) => l.href)).size, 'one link per entity in the section').toBe(own.length);
  expect(own.filter((l) => firstIn.get(l.href)! < l.p).length, 'entities first linked in earlier sections').toBeGreaterThan(0);
  expect(own.every((l) => l.attrs.join() === 'href,class')).toBe(true);
  for (const l of own) expect(firstIn.get(l.href), `${l.href} is linked in the full text too`).toBeLessThanOrEqual(l.p);
});

test('the front matter in Russian has a page of its own, and its anchors on the article page lead to it', async ({ page }) => {
  await page.goto('/karpovich-davydova-2021/#abstract-ru');
  const line = page.locator('#abstract-ru');
  await expect(line).toBeInViewport();
  await expect(page.locator('#front-matter-ru')).toHaveText('In Russian');
  await line.getByRole('link', { name: 'Русский вариант' }).click();
  await expect(page).toHaveURL(/\/karpovich-davydova-2021\/ru\/$/);
  const ru = page.locator('main [lang="ru"]');
  await expect(ru.getByRole('heading', { level: 1 })).toHaveText('Современные векторы российской дипломатии на постсоветском пространстве');
  await expect(ru.getByRole('heading', { name: 'Аннотация' })).toBeVisible();
  await expect(ru).toContainText('приоритетом ее внешней политики');
  await expect(page.getByRole('link', { name: 'How the front matter was restored' })).toHaveAttribute('href', '/about/#karpovich-davydova-2021-russian-front-matter');
});
