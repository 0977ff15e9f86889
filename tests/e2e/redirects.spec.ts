/**
 * A retired URL's page (src/integrations/redirects.ts), as a host without _redirects serves it: in Chromium it moves on
 * to the new address and keeps the ¶ fragment; without JavaScript its meta refresh still moves on. The page is the one
 * the build writes, served at an old path of the real site (which has no retired URLs yet); redirect.js is the build's.
 */
import { expect, test } from '@playwright/test';
import { redirectPage } from '../../src/integrations/redirects.ts';

const OLD = '/karpovich-davydova-2021/a-retired-section-id/';
const NEW = '/karpovich-davydova-2021/georgia/';

test.beforeEach(async ({ page, baseURL }) => {
  await page.route(`**${OLD}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: redirectPage(NEW, new URL(NEW, baseURL).href, '/') }),
  );
});

test('a retired URL opens the new page at the ¶ the reader asked for', async ({ page }) => {
  await page.goto(`${OLD}#p41`);
  await expect(page).toHaveURL(new RegExp(`${NEW}#p41$`));
  await expect(page.locator('#p41')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a retired URL still moves on, to the top of the new page', async ({ page }) => {
    await page.goto(OLD);
    await expect(page).toHaveURL(new RegExp(`${NEW}$`));
    await expect(page.locator('h1')).toBeVisible();
  });
});
