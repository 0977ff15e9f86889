import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findInjectedCode } from '../helpers/code-guard.ts';

test('the site’s own bundles and JSON-LD pass the code guard', () => {
  const html = '<head><script type="module" src="/_astro/Site.abc_1.js"></script><script type="application/ld+json">{"a":1}</script></head><p><a href="/x/">x</a> <a href="https://e.org/">e</a></p>';
  assert.deepEqual(findInjectedCode(html), []);
});

test('the code guard fails on each way of putting code into a page', () => {
  const cases: [string, RegExp][] = [
    ['<script>alert(1)</script>', /not one of the site's bundles/],
    ['<script src="https://evil.example/x.js"></script>', /not one of the site's bundles/],
    ['<script type="module" src="/_astro/a.js">alert(1)</script>', /not one of the site's bundles/],
    ['<script type="application/ld+json">{oops</script>', /valid JSON/],
    ['<span onmouseover="alert(1)">w</span>', /event handler attribute onmouseover/],
    ['<img src="/x.png" ONERROR="alert(1)">', /event handler attribute/],
    ['<a href="javascript:alert(1)">x</a>', /href is a code address/],
    ['<a href=" java\tscript:alert(1)">x</a>', /href is a code address/],
    ['<form action="javascript:x"></form>', /action is a code address/],
    ['<iframe src="/"></iframe>', /<iframe> element/],
  ];
  for (const [html, expected] of cases) assert.match(findInjectedCode(html).join('\n'), expected, html);
});
