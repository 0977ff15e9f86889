/**
 * The site reproduces the article verbatim: every sentence of the received text, after undoing the
 * PDF's layout and applying the recorded corrections, is on the single-page reading copy, in order,
 * once — and each section page carries the same paragraphs under the same numbers.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import yaml from 'js-yaml';
import { applyCorrections, firstDifference, receivedBlocks, sentences, type Correction } from '../../src/lib/fidelity.ts';
import { projectRoot } from '../helpers/build.ts';
import { page, paragraphText, requireDist } from '../helpers/dist.ts';

const articlesDir = join(projectRoot, 'content/articles');

for (const article of readdirSync(articlesDir)) {
  const dir = join(articlesDir, article);
  const blocks = receivedBlocks(readFileSync(join(dir, 'source.txt'), 'utf8'));
  const { corrections } = yaml.load(readFileSync(join(dir, 'corrections.yaml'), 'utf8')) as { corrections: Correction[] };
  const expected = applyCorrections(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text), corrections);

  describe(`the text of ${article}`, () => {
    requireDist();
    const reading = page(`/${article}/`);
    const paras = reading.querySelectorAll('.article-text p.para');

    test('every sentence of the received text is on the reading copy, in order, once', () => {
      const site = paras.flatMap((p) => sentences(paragraphText(p)));
      const want = expected.flatMap((p) => sentences(p));
      assert.equal(firstDifference(want, site), null);
    });

    test('paragraphs are numbered 1…N in order and split where the received text splits', () => {
      assert.deepEqual(paras.map((p) => p.id), expected.map((_, i) => `p${i + 1}`));
      paras.forEach((p, i) => assert.equal(paragraphText(p), expected[i], `¶ ${i + 1}`));
    });

    test('the article’s own headings are its section headings, in order', () => {
      const own = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
      const site = reading.querySelectorAll('.article-text .section-heading.is-article').map((h) => h.firstChild?.textContent.trim().toUpperCase());
      assert.deepEqual(site, own);
    });

    test('each section page carries the same paragraphs under the same numbers', () => {
      for (const heading of reading.querySelectorAll('.article-text .section-heading')) {
        const sectionPage = page(`/${article}/${heading.id}/`);
        const mine = sectionPage.querySelectorAll('p.para');
        assert.ok(mine.length > 0, `section ${heading.id} has paragraphs`);
        for (const p of mine) {
          const twin = reading.querySelector(`#${p.id}`);
          assert.ok(twin, `¶ ${p.id} of ${heading.id} is on the reading copy`);
          assert.equal(paragraphText(p), paragraphText(twin!), `${heading.id} ${p.id}`);
        }
      }
    });
  });
}
