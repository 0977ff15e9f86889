/**
 * What the section plugins refuse, on strings, through the MDX pipeline Astro runs (unified() from
 * @astrojs/markdown-remark) with the site's own plugins and a section's frontmatter.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unified } from '@astrojs/markdown-remark';
import { rehypeExplicitHeadingIds } from '../../src/markdown/rehype-explicit-heading-ids.ts';
import { rehypeParagraphNumbers } from '../../src/markdown/rehype-paragraph-numbers.ts';

const renderer = await unified({ gfm: false, smartypants: false, rehypePlugins: [rehypeExplicitHeadingIds, rehypeParagraphNumbers] }).createMdxRenderer!(
  { syntaxHighlight: false } as never,
  { optimize: false, srcDir: new URL('file:///tmp/') } as never,
);

async function refusal(body: string, paragraphs = { first: 3, last: 4 }): Promise<string> {
  try {
    await renderer.process(body, 'sections/02-x.mdx', { paragraphs });
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

test('a section whose text matches its ¶ range and whose headings carry ids compiles', async () => {
  assert.equal(await refusal('One.\n\n<h4 id="gas">Gas</h4>\n\nTwo.'), '');
});

test('a heading inside a section without a fixed id is refused', async () => {
  assert.equal(await refusal('One.\n\n#### Gas prices\n\nTwo.'), 'sections/02-x.mdx: a heading has no fixed id; give it one explicitly (id="…")');
});

test('an h2 inside a section is refused: h2/h3 are the section’s own heading', async () => {
  assert.equal(await refusal('One.\n\n## Gas\n\nTwo.'), 'sections/02-x.mdx: a heading inside a section must be h4–h6 (h2/h3 are the section\'s own heading), found h2');
});

test('a text with fewer paragraphs than its ¶ range is refused', async () => {
  assert.equal(await refusal('Only one.'), 'sections/02-x.mdx: field "paragraphs": frontmatter says ¶ 3–4 (2 paragraphs) but the text has 1');
});
