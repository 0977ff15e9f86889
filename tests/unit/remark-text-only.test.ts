/**
 * Sections are text: the MDX pipeline Astro runs (unified() from @astrojs/markdown-remark) refuses code and
 * unsafe markup before anything evaluates it, naming file and line. Each hostile vector has its own case.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { unified } from '@astrojs/markdown-remark';
import { isSafeUrl, remarkTextOnly } from '../../src/markdown/remark-text-only.ts';

const renderer = await unified({ gfm: false, smartypants: false, remarkPlugins: [remarkTextOnly] }).createMdxRenderer!(
  { syntaxHighlight: false } as never,
  { optimize: false, srcDir: new URL('file:///tmp/') } as never,
);

/** Compiles a section body; resolves to the refusal message, or '' when it compiles. */
async function refusal(body: string): Promise<string> {
  try {
    await renderer.process(body, 'sections/01-x.mdx', {});
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

describe('a section holding code or unsafe markup stops the build', () => {
  test('plain text, Markdown emphasis, links and an h4 with its id compile', async () => {
    assert.equal(await refusal('Some *words* and a [link](https://example.org/) and [a ¶](#p3).\n\n<h4 id="gas">Gas</h4>\n\nA <span lang="ru">слово</span>.'), '');
  });

  test('an expression that reads the environment is refused with file and line', async () => {
    assert.equal(
      await refusal('First line.\n\nHome is {process.env.HOME}.'),
      'Content errors:\n  sections/01-x.mdx, line 3: a {…} expression is code, and a section is text: "process.env.HOME"',
    );
  });

  test('an ESM import of a Node module is refused', async () => {
    assert.match(await refusal("import fs from 'node:fs'\n\nText."), /sections\/01-x\.mdx, line 1: an import\/export statement is code, and a section is text: "import fs from 'node:fs'"/);
  });

  test('an export is refused', async () => {
    assert.match(await refusal('export const x = 1\n\nText.'), /line 1: an import\/export statement is code/);
  });

  test('an expression on its own line (flow) is refused', async () => {
    assert.match(await refusal('Text.\n\n{1 + 1}\n'), /line 3: a \{…\} expression is code/);
  });

  test('a script block is refused', async () => {
    assert.match(await refusal('Text.\n\n<script src="https://evil.example/x.js"></script>\n'), /line 3: element <script> is not allowed in a section/);
  });

  test('an on… handler wrapped round existing words is refused, naming the attribute and its value', async () => {
    assert.match(await refusal('Some <span onmouseover="alert(1)">words</span>.'), /line 1: <span> may not carry the attribute "onmouseover" \(value "alert\(1\)"\)/);
  });

  test('a JSX attribute expression is refused as code', async () => {
    assert.match(await refusal('Some <span lang={process.env.HOME}>words</span>.'), /line 1: <span> attribute "lang" is a \{…\} expression, which is code/);
    assert.match(await refusal('Some <span {...props}>words</span>.'), /line 1: <span> has a \{…\} attribute, which is code/);
  });

  test('a javascript: link is refused, in Markdown and as an element', async () => {
    assert.match(await refusal('A [link](javascript:alert(1)).'), /line 1: a link to "javascript:alert\(1\)": only http\(s\), mailto/);
    assert.match(await refusal('A <a href="javascript:alert(1)">link</a>.'), /line 1: element <a> is not allowed/);
    assert.match(await refusal('A [link][x].\n\n[x]: javascript:alert(1)'), /line 3: a link to "javascript:alert\(1\)"/);
  });

  test('a component or unknown element is refused', async () => {
    assert.match(await refusal('<Widget />'), /element <Widget> is not allowed/);
    assert.match(await refusal('<iframe src="https://example.org/"></iframe>'), /element <iframe> is not allowed/);
  });
});

describe('link addresses', () => {
  test('the web, e-mail, site paths and fragments are safe', () => {
    for (const u of ['https://example.org/', 'http://x.test', 'mailto:a@b.c', '/countries/georgia/', '#p3', 'page/']) assert.ok(isSafeUrl(u), u);
  });
  test('script and data schemes are not, however they are disguised', () => {
    for (const u of ['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', ' javascript:x', 'data:text/html,<script>', 'vbscript:x']) assert.ok(!isSafeUrl(u), u);
  });
});
