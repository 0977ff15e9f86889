/**
 * The search index in the build: Pagefind's bundle is there, exactly the article, section and entity
 * pages are indexed, each with its filters; every paragraph is a sub-result of its own; the aliases
 * indexed with it are invisible and fenced; what is not content is kept out of the index.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { allPages, distDir, page, requireDist } from '../helpers/dist.ts';

describe('the search index', () => {
  requireDist();
  const pages = allPages().map((url) => ({ url, html: page(url) }));
  const indexed = pages.filter((p) => p.html.querySelector('[data-pagefind-body]'));

  test('Pagefind’s bundle is written into the build, with one index for all indexed pages', () => {
    for (const file of ['pagefind.js', 'pagefind-highlight.js', 'pagefind-entry.json']) assert.ok(existsSync(join(distDir, 'pagefind', file)), file);
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    assert.equal(entry.languages.en.page_count, indexed.length);
  });

  test('only the article, its sections and the entity pages are indexed', () => {
    const kinds = /^\/(karpovich-davydova-2021\/([a-z0-9-]+\/)?|(regions|countries|places|organisations|treaties|people)\/[a-z0-9-]+\/)$/;
    assert.deepEqual(indexed.map((p) => p.url).filter((u) => !kinds.test(u)), []);
    for (const u of ['/', '/search/', '/about/', '/countries/']) assert.ok(!indexed.some((p) => p.url === u), `${u} is not indexed`);
    assert.ok(indexed.length > 100);
  });

  test('every indexed page says what kind of page it is, and sections give their ¶ range and date', () => {
    for (const { url, html } of indexed) {
      const types = html.querySelectorAll('.search-tags [data-pagefind-filter="type"]');
      assert.equal(types.length, 1, url);
      if (types[0]!.textContent === 'Article section') {
        assert.match(html.querySelector('[data-pagefind-meta="paragraphs"]')?.textContent ?? '', /^¶ \d+(–\d+)?$/, url);
        assert.match(html.querySelector('.search-tags')?.getAttribute('data-pagefind-sort') ?? '', /^date:\d{4}/, url);
      }
    }
  });

  test('a country page is filed under its region; an organisation page under its members', () => {
    const belarus = page('/countries/belarus/');
    assert.deepEqual(belarus.querySelectorAll('[data-pagefind-filter="region"]').map((e) => e.textContent), ['Eastern Europe']);
    const csto = page('/organisations/csto/').querySelectorAll('[data-pagefind-filter="country"]').map((e) => e.textContent);
    assert.ok(csto.includes('Russia') && csto.includes('Armenia'), csto.join(', '));
  });

  test('every paragraph of a section page is a sub-result titled with its number', () => {
    for (const { url, html } of indexed) {
      for (const p of html.querySelectorAll('p.para')) {
        if (p.closest('.article-text')) continue; // the reading copy is not indexed: see the next test
        assert.equal(p.getAttribute('data-pagefind-title'), `¶ ${p.id.slice(1)}`, `${url} ${p.id}`);
      }
    }
  });

  test('the reading copy’s paragraphs, which are not indexed, carry no search attributes', () => {
    const paras = page('/karpovich-davydova-2021/').querySelectorAll('.article-text p.para');
    assert.ok(paras.length > 0);
    for (const p of paras) {
      for (const attr of ['data-pagefind-title', 'data-search-aliases', 'data-pagefind-index-attrs']) assert.equal(p.getAttribute(attr), undefined, `${p.id} ${attr}`);
    }
  });

  test('aliases ride on paragraphs as fenced words in an indexed attribute, never as text', () => {
    const minsk = page('/karpovich-davydova-2021/minsk-agreements/');
    const p20 = minsk.querySelector('#p20')!;
    assert.equal(p20.getAttribute('data-pagefind-index-attrs'), 'data-search-aliases');
    const words = p20.getAttribute('data-search-aliases')!.split(' ');
    assert.ok(words.includes('⁅Kyiv⁆') && words.includes('⁅Donbas⁆'), words.join(' '));
    assert.ok(words.every((w) => /^⁅[^⁅⁆\s]+⁆$/.test(w)));
    assert.ok(!p20.textContent.includes('Kyiv'));
  });

  test('navigation, ¶ permalinks, citation boxes, topics, backlinks and the article page’s copy of the text are kept out of the index', () => {
    for (const { url, html } of indexed) {
      const body = html.querySelector('[data-pagefind-body]')!;
      for (const el of body.querySelectorAll('nav, .pnum, .heading-anchor, .cite-box, .topics, .backlinks, .breadcrumbs, .article-text')) {
        assert.ok(el.closest('[data-pagefind-ignore]'), `${url}: ${el.tagName.toLowerCase()}.${el.classList.value.join('.')} is indexed`);
      }
    }
  });

  test('every page has the header search form, a GET form to /search/ with a labelled box, hidden without JavaScript', () => {
    for (const { url, html } of pages) {
      const form = html.querySelector('form.search-box');
      assert.ok(form, url);
      assert.equal(form.getAttribute('action'), '/search/');
      assert.equal(form.getAttribute('role'), 'search');
      assert.ok(form.hasAttribute('data-needs-js'), url);
      assert.ok(html.querySelector('head noscript')?.innerHTML.includes('no-js.css'), url);
      const input = form.querySelector('input[name="q"]')!;
      assert.ok(form.querySelector(`label[for="${input.id}"]`), url);
    }
  });

  test('the search page has no inline script or style', () => {
    const search = page('/search/');
    assert.deepEqual(search.querySelectorAll('script:not([src])').map((s) => s.getAttribute('type')).filter((t) => !/json/.test(t ?? '')), []);
    assert.equal(search.querySelectorAll('[style], style').length, 0);
  });
});
