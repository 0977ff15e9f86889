/**
 * Printing: Chromium prints the reading copy to PDF, and the PDF's text is read back with a PDF parser
 * (unpdf, pdf.js inside): what a reader gets on paper, not what the print stylesheet intends.
 */
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';

const ARTICLE = '/karpovich-davydova-2021/';

test('the article prints as a document: address and DOI on page one, ¶ numbers kept, no navigation or cite box, no heading left at a page foot', async ({ page }) => {
  test.slow(); // the whole article, laid out for paper
  await page.goto(ARTICLE);
  const doi = (await page.locator('.article-header a[href^="https://doi.org/"]').textContent())!.trim();
  const address = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  const headings = (await page.locator('.article-text .section-heading').evaluateAll((hs) => hs.map((h) => h.firstChild!.textContent!.trim())));
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const { text: pages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const first = flat(pages[0]!);

  // Long addresses wrap at a hyphen or slash: compare them without the white space the line breaks add.
  const tight = first.replace(/\s/g, '');
  expect(tight).toContain(`Thisedition:${address}`);
  expect(tight).toContain(doi);
  const all = flat(pages.join(' '));
  for (const n of [1, 17, 63]) expect(all).toMatch(new RegExp(`¶ ?${n}\\b`));
  for (const absent of ['Cite this article', 'Skip to content', 'Sections by region', 'Organisations Treaties Timeline']) expect(all).not.toContain(absent);
  expect(all).toContain('The countries of the post-Soviet space are of particular importance');

  // A heading must not be a page's last line: its text would start on the next page.
  for (const [i, text] of pages.entries()) {
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    const last = lines.at(-1) ?? '';
    expect(headings.some((h) => last.startsWith(h)), `page ${i + 1} ends with the heading “${last}”`).toBe(false);
  }
});
