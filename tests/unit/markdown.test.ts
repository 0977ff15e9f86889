/**
 * The Markdown plugins of src/markdown/, on strings, through the same pipeline the build uses
 * (src/markdown/pipeline.ts) and the processor Astro builds from it (`createMarkdownProcessor`).
 * No build, no content folder: each test renders a few lines with the frontmatter a section has.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { parse, type HTMLElement } from 'node-html-parser';
import { buildMatcher } from '../../src/lib/entities/mentions.ts';
import { searchNames, textNames, type SearchNamed } from '../../src/lib/entities/names.ts';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { firstMentionLinks } from '../../src/markdown/rehype-mention-links.ts';

const records = [
  { kind: 'countries', id: 'georgia', name: 'Georgia', aliases: ['Sakartvelo', 'Грузия'] },
  { kind: 'countries', id: 'russia', name: 'Russia', names: ['Russia', 'Russian Federation'], aliases: ['Россия'] },
  { kind: 'organisations', id: 'cis', name: 'Commonwealth of Independent States', names: ['CIS'], aliases: ['СНГ'] },
  { kind: 'organisations', id: 'cis-executive-committee', name: 'CIS Executive Committee' },
] as const;
const named: SearchNamed[] = records.map((r) => ({ kind: r.kind, id: r.id, names: textNames(r as { name: string; names?: string[] }), searchNames: searchNames(r as { name: string; names?: string[]; aliases?: string[] }) }));
const matcher = buildMatcher(named);

/** What a section's frontmatter gives the plugins. */
const section = (extra: Record<string, unknown> = {}) => ({ id: 'georgia', title: 'Georgia', heading: 'article', paragraphs: { first: 41, last: 41 }, ...extra });

let processor: MarkdownRenderer;
before(async () => {
  processor = await createMarkdownProcessor({ ...markdownPipeline({ matcher: () => matcher, named: () => named }), syntaxHighlight: false });
});

async function render(markdown: string, frontmatter: Record<string, unknown> = section()): Promise<HTMLElement> {
  const { code } = await processor.render(markdown, { frontmatter, fileURL: new URL('file:///content/sections/07-georgia.mdx') });
  return parse(code);
}

/** The processor reports a failed file on the console before rethrowing; the tests only need the error. */
async function renderError(markdown: string, frontmatter: Record<string, unknown>, t: { mock: { method: (o: object, m: string, f: () => void) => unknown } }): Promise<string> {
  t.mock.method(console, 'error', () => {});
  try {
    await render(markdown, frontmatter);
  } catch (err) {
    return (err as Error).message;
  }
  assert.fail('the render was expected to fail');
}

describe('the section heading (remark-section-heading)', () => {
  test('is an h2 with the section’s fixed id and the title from frontmatter when the heading is the authors’', async () => {
    const html = await render('Text.');
    const h = html.querySelector('h2')!;
    assert.equal(h.id, 'georgia');
    assert.equal(h.getAttribute('data-section-heading'), 'article');
    assert.equal(h.childNodes[0]!.text, 'Georgia');
    assert.equal(html.querySelector('.heading-note'), null);
  });

  test('keeps its fixed id even when the title would slugify to something else', async () => {
    const html = await render('Text.', section({ id: 'turkmenistan', title: 'Turkmenistan and the Caspian Sea' }));
    assert.equal(html.querySelector('h2')!.id, 'turkmenistan');
  });

  test('is an h3 followed by a note saying so in words when this edition added the heading', async () => {
    const html = await render('Text.', section({ heading: 'editorial' }));
    assert.equal(html.querySelector('h2'), null);
    assert.equal(html.querySelector('h3')!.id, 'georgia');
    const note = html.querySelector('h3 + .heading-note')!;
    assert.equal(note.text, 'Heading added by this edition; the text below is the authors’.');
    assert.equal(note.getAttribute('data-pagefind-ignore'), '');
  });

  test('is not added to Markdown that is not a section', async () => {
    const html = await render('Text.', {});
    assert.equal(html.querySelectorAll('h1, h2, h3').length, 0);
  });

  test('ends with a focusable permalink whose accessible name says where it leads (rehype-autolink-headings)', async () => {
    const a = (await render('Text.')).querySelector('h2 > a:last-child')!;
    assert.equal(a.getAttribute('href'), '#georgia');
    assert.equal(a.getAttribute('aria-label'), 'Link to this section: Georgia');
    assert.equal(a.getAttribute('aria-hidden'), undefined);
    assert.equal(a.getAttribute('tabindex'), undefined);
  });
});

// A heading with its fixed id is written as an element (`<h4 id="…">`), which only MDX allows in a section
// (remark-text-only refuses raw HTML in Markdown); tests/unit/remark-text-only.test.ts compiles one.
describe('headings inside a section (rehype-explicit-heading-ids)', () => {
  test('a heading without a fixed id stops the render, naming the file', async (t) => {
    const message = await renderError('#### Gas prices\n\nText.', section(), t);
    assert.match(message, /07-georgia\.mdx: a heading has no fixed id; give it one explicitly \(id="…"\)/);
  });

  test('an h2 or h3 written in the text stops the render: those levels are the section’s own heading', async (t) => {
    const message = await renderError('## Gas prices {#gas}\n\nText.', section(), t);
    assert.match(message, /07-georgia\.mdx: a heading inside a section must be h4–h6 .*found h2/);
  });

  test('pages that are not sections may use any heading, with ids derived as usual', async () => {
    const html = await render('## Gas prices\n\nText.', {});
    assert.equal(html.querySelector('h2')!.id, 'gas-prices');
  });
});

describe('paragraph numbers (rehype-paragraph-numbers)', () => {
  test('number the paragraphs from the frontmatter’s first ¶, each with its id and a permalink heard as “Paragraph N”', async () => {
    const html = await render('One.\n\nTwo.\n\nThree.', section({ paragraphs: { first: 41, last: 43 } }));
    const ps = html.querySelectorAll('p');
    assert.deepEqual(ps.map((p) => p.id), ['p41', 'p42', 'p43']);
    const link = ps[1]!.querySelector('a.pnum')!;
    assert.equal(link.getAttribute('href'), '#p42');
    assert.equal(link.querySelector('[aria-hidden="true"]')!.text, '¶');
    assert.equal(link.querySelector('.visually-hidden')!.text, 'Paragraph');
    assert.equal(link.text, '¶Paragraph 42');
    assert.equal(ps[1]!.lastChild!.text, 'Two.');
  });

  test('a text with more paragraphs than the frontmatter’s range stops the render with the field and both counts', async (t) => {
    const message = await renderError('One.\n\nTwo.', section({ paragraphs: { first: 41, last: 41 } }), t);
    assert.match(message, /07-georgia\.mdx: field "paragraphs": frontmatter says ¶ 41–41 \(1 paragraphs\) but the text has 2/);
  });

  test('a text with fewer paragraphs than the range stops the render too', async (t) => {
    const message = await renderError('One.', section({ paragraphs: { first: 41, last: 43 } }), t);
    assert.match(message, /¶ 41–43 \(3 paragraphs\) but the text has 1/);
  });
});

describe('mention links (rehype-mention-links)', () => {
  test('link the first mention of each entity in a section to its page, and the words stay as written', async () => {
    const html = await render('Russia’s talks with Georgia.\n\nGeorgia and the Russian Federation again.', section({ paragraphs: { first: 1, last: 2 } }));
    const links = html.querySelectorAll('a.mention');
    assert.deepEqual(links.map((a) => [a.text, a.getAttribute('href')]), [['Russia', '/countries/russia/'], ['Georgia', '/countries/georgia/']]);
    html.querySelectorAll('a.pnum').forEach((a) => a.remove());
    assert.deepEqual(html.querySelectorAll('p').map((p) => p.text), ['Russia’s talks with Georgia.', 'Georgia and the Russian Federation again.']);
  });

  test('prefer the longest name: “CIS Executive Committee” is not a mention of the CIS', async () => {
    const links = (await render('The CIS Executive Committee met; the CIS did not.')).querySelectorAll('a.mention');
    assert.deepEqual(links.map((a) => a.getAttribute('href')), ['/organisations/cis-executive-committee/', '/organisations/cis/']);
  });

  test('leave existing links and the section heading alone', async () => {
    const html = await render('See [Georgia’s record](https://example.org/) and Russia.', section({ title: 'Georgia and Russia' }));
    assert.equal(html.querySelector('h2 a.mention'), null);
    assert.equal(html.querySelector('a[href="https://example.org/"]')!.text, 'Georgia’s record');
    assert.deepEqual(html.querySelectorAll('a.mention').map((a) => a.text), ['Russia']);
  });

  test('mark each link with its ¶ and list, for the section, the ¶ where each entity is linked', async () => {
    const { code, metadata } = await processor.render('Georgia first.\n\nRussia, then Georgia again.', {
      frontmatter: section({ paragraphs: { first: 7, last: 8 } }),
      fileURL: new URL('file:///content/sections/07-georgia.mdx'),
    });
    assert.deepEqual(parse(code).querySelectorAll('a.mention').map((a) => [a.text, a.getAttribute('data-paragraph')]), [['Georgia', '7'], ['Russia', '8']]);
    assert.deepEqual(metadata.frontmatter.mentionLinks, { '/countries/georgia/': 7, '/countries/russia/': 8 });
  });

  test('do not link anything outside a section', async () => {
    assert.equal((await render('Georgia and Russia.', {})).querySelectorAll('a.mention').length, 0);
  });
});

describe('one link per entity in a whole article (firstMentionLinks)', () => {
  test('keeps, for each entity, the ¶ of its link in the earliest section that links it', () => {
    const sections: Record<string, number>[] = [{ '/countries/georgia/': 3 }, { '/countries/russia/': 12, '/countries/georgia/': 14 }, { '/countries/russia/': 20 }];
    assert.deepEqual(firstMentionLinks(sections), { '/countries/georgia/': 3, '/countries/russia/': 12 });
  });

  test('does not depend on the order the sections come in', () => {
    assert.deepEqual(firstMentionLinks([{ '/countries/russia/': 20 }, { '/countries/russia/': 12 }]), { '/countries/russia/': 12 });
  });
});

describe('search attributes on paragraphs (rehype-search-paragraphs)', () => {
  test('make each paragraph a search sub-result titled “¶ N”', async () => {
    const p = (await render('Text.')).querySelector('p')!;
    assert.equal(p.getAttribute('data-pagefind-title'), '¶ 41');
  });

  test('index the other names of the entities a paragraph mentions, not the names its text already uses', async () => {
    const p = (await render('Georgia and the CIS.')).querySelector('p')!;
    assert.equal(p.getAttribute('data-pagefind-index-attrs'), 'data-search-aliases');
    const aliases = p.getAttribute('data-search-aliases')!;
    for (const word of ['Sakartvelo', 'Грузия', 'Commonwealth', 'СНГ']) assert.ok(aliases.includes(`⁅${word}⁆`), `${word} in ${aliases}`);
    assert.ok(!aliases.includes('⁅Georgia⁆'), aliases);
  });

  test('add no alias attribute to a paragraph that mentions no entity, and never count the ¶ permalink as text', async () => {
    const p = (await render('Nothing named here.')).querySelector('p')!;
    assert.equal(p.getAttribute('data-search-aliases'), undefined);
    assert.equal(p.getAttribute('data-pagefind-index-attrs'), undefined);
  });
});

describe('the text itself', () => {
  test('keeps its quotes, apostrophes and dashes exactly (no SmartyPants)', async () => {
    const text = 'The "near abroad" -- Russia\'s term -- and \'its\' policy...';
    const p = (await render(text, {})).querySelector('p')!;
    assert.equal(p.text, text);
  });

  test('renders GitHub-flavoured Markdown tables', async () => {
    const html = await render('| a | b |\n|---|---|\n| 1 | 2 |', {});
    assert.deepEqual(html.querySelectorAll('td').map((td) => td.text), ['1', '2']);
  });
});
