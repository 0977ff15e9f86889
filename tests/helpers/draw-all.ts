import type { Page } from '@playwright/test';

/**
 * Draws the parts of a page that the browser lays out only when they scroll into view (content-visibility:
 * auto: the reading copy's sections). Until then they have no geometry, so a full-page screenshot shows them
 * blank and axe's target-size rule measures nothing; a reader who scrolls to them sees them drawn. Through the
 * CSSOM, which the site's CSP allows.
 */
export async function drawAll(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('body *')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
  });
}
