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
  await expect(byRegion.getByRole('link', { name: 'Turkmenistan and the Caspian Sea' })).toBeVisible();
});
