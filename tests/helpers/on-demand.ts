/**
 * For the e2e tests of scripts a page loads on demand: which scripts the page has fetched that its HTML does
 * not name (`<script src>`), i.e. those loaded by another script.
 */
import type { Page } from '@playwright/test';

/** Starts recording script requests; call before `page.goto`. */
export function recordScripts(page: Page): { fetchedBeyondHtml: () => Promise<string[]> } {
  const requested: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && requested.push(new URL(r.url()).pathname));
  return {
    fetchedBeyondHtml: async () => {
      const named = await page.locator('script[src]').evaluateAll((els) => els.map((e) => new URL((e as HTMLScriptElement).src).pathname));
      return requested.filter((p) => !named.includes(p));
    },
  };
}
