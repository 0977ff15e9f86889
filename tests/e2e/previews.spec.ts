/** Mention previews on reading pages: shown on pointing and on focus, dismissible, loaded on demand. */
import { expect, test } from '@playwright/test';
import { recordScripts } from '../helpers/on-demand.ts';

const SECTION = '/karpovich-davydova-2021/georgia/';

test('pointing at a mention shows the entity’s name, kind and description; the data loads only then', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => r.url().endsWith('/previews.json') && fetched.push(r.url()));
  await page.goto(SECTION);
  expect(fetched, 'nothing is fetched before a reader points at a mention').toEqual([]);
  const mention = page.locator('#p40 a.mention', { hasText: 'Geneva Discussions' });
  await mention.hover();
  const card = page.locator('#mention-preview');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Geneva International Discussions');
  await expect(card.getByRole('link')).toHaveAttribute('href', (await mention.getAttribute('href'))!);
  expect(fetched).toHaveLength(1);
  await expect(mention).toHaveAttribute('aria-describedby', 'mention-preview');
  // Hoverable (WCAG 1.4.13): the card stays while the pointer moves onto it.
  await card.hover();
  await page.waitForTimeout(400);
  await expect(card).toBeVisible();
});

test('focusing a mention with the keyboard shows its preview, and Escape dismisses it', async ({ page }) => {
  await page.goto(SECTION);
  const mention = page.locator('#p39 a.mention').first();
  await mention.focus();
  const card = page.locator('#mention-preview');
  await expect(card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(mention).not.toHaveAttribute('aria-describedby', /./);
});

test('the previews script itself is fetched on the first gesture, not with the page', async ({ page }) => {
  const scripts = recordScripts(page);
  await page.goto(SECTION);
  // Anything the page's scripts fetched by themselves has been asked for once the network is quiet.
  await page.waitForLoadState('networkidle');
  expect(await scripts.fetchedBeyondHtml(), 'before a reader points at a mention').toEqual([]);
  await page.locator('#p40 a.mention', { hasText: 'Geneva Discussions' }).hover();
  await expect(page.locator('#mention-preview')).toBeVisible();
  expect(await scripts.fetchedBeyondHtml()).toEqual([expect.stringMatching(/\/_astro\/previews\.[\w-]+\.js$/)]);
});
