import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropIndentation } from '../../src/lib/html-indent.ts';

test('indentation after a line break goes, the line break (one space to a browser) stays', () => {
  assert.equal(dropIndentation('<p class="meta">\n    <span>A</span> ·\n    <cite>B</cite>\n\n\n  </p>'), '<p class="meta">\n<span>A</span> ·\n<cite>B</cite>\n</p>');
});

test('spaces within a line are kept: only what follows a line break is indentation', () => {
  assert.equal(dropIndentation('<p>two  spaces <b>x</b> y</p>'), '<p>two  spaces <b>x</b> y</p>');
});

test('preformatted text, scripts, styles and attribute values are left exactly as they are', () => {
  for (const kept of ['<pre data-cite-text>TY  - JOUR\n  AU  - X\n</pre>', '<textarea>\n  a\n</textarea>', '<script type="application/ld+json">{\n  "a": 1\n}</script>', '<style>\n  a { b: c }\n</style>', '<meta content="a\n   b">']) {
    assert.equal(dropIndentation(`<div>\n  ${kept}\n  </div>`), `<div>\n${kept}\n</div>`);
  }
});
