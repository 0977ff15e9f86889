/** A reader goes from the home page to the article, a section and a paragraph, with and without JavaScript. */
import { expect, test } from '@playwright/test';

const ARTICLE = '/karpovich-davydova-2021/';

test('a reader goes from home to the article, to a section, to a paragraph permalink', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Modern vectors of Russian diplomacy in the post-Soviet space' }).first().click();
  await expect(page).toHaveURL(ARTICLE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modern vectors of Russian diplomacy in the post-Soviet space');

  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Central Asia', exact: true }).click();
  await expect(page).toHaveURL(`${ARTICLE}#central-asia`);

  await page.goto(`${ARTICLE}central-asia/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Central Asia/);
  const firstPara = page.locator('p.para').first();
  const id = await firstPara.getAttribute('id');
  await firstPara.getByRole('link', { name: /^Paragraph \d+$/ }).click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}central-asia/#${id}$`));
  await expect(page.locator(`#${id}`)).toBeInViewport();
});

test('previous and next links walk the sections in reading order', async ({ page }) => {
  await page.goto(`${ARTICLE}introduction/`);
  await page.getByRole('link', { name: /^Next:/ }).click();
  await expect(page).toHaveURL(`${ARTICLE}integration-structures/`);
  await page.getByRole('link', { name: /^Previous:/ }).click();
  await expect(page).toHaveURL(`${ARTICLE}introduction/`);
});

test('every heading and paragraph anchor on the article page resolves to an element', async ({ page }) => {
  await page.goto(ARTICLE);
  const hrefs = await page.locator('a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(60);
  const missing = await page.evaluate((list) => list.filter((h) => h.length > 1 && !document.getElementById(decodeURIComponent(h.slice(1)))), hrefs);
  expect(missing).toEqual([]);
});

test('heading anchors are visible, focusable and named for assistive technology', async ({ page }) => {
  await page.goto(`${ARTICLE}georgia/`);
  const anchor = page.getByRole('link', { name: /^Link to this section: Georgia/ });
  await anchor.focus();
  await expect(anchor).toBeFocused();
  await expect(anchor).toBeVisible();
  await expect(anchor).toHaveAttribute('href', '#georgia');
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${ARTICLE}#main`);
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: /^Full text of/ })).toBeVisible();
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole text reads and every section is reachable from the contents', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('p.para')).toHaveCount(63);
    const links = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
    expect(await links.count()).toBe(18);
    await page.goto(`${ARTICLE}turkmenistan/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Turkmenistan/);
    await expect(page.locator('#p47')).toContainText('Turkmenistan and Uzbekistan are rather closed countries');
    await page.getByRole('link', { name: /^Next:/ }).click();
    await expect(page).toHaveURL(`${ARTICLE}uzbekistan/`);
  });
});
