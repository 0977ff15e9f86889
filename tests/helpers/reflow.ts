/** WCAG 1.4.10 (reflow) on a phone: which pages scroll sideways at 390 px. */
import type { Page } from '@playwright/test';

export const PHONE_WIDTH = 390;

/** The pages, of those given, whose document is wider than a 390 px phone's screen, with their width. */
export async function pagesWiderThanPhone(page: Page, urls: Iterable<string>, open: (url: string) => Promise<unknown> = (url) => page.goto(url)): Promise<string[]> {
  await page.setViewportSize({ width: PHONE_WIDTH, height: 844 });
  const wide: string[] = [];
  for (const url of urls) {
    await open(url);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > PHONE_WIDTH) wide.push(`${url}: ${width} px`);
  }
  return wide;
}
