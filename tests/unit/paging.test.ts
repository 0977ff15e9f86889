/** Splitting pages that gather items from every article: an entity page's share per article, pages of results. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageCount, pageOf, pagePath, shareByArticle } from '../../src/lib/paging.ts';

const inline = (shares: { article: string; inline: boolean }[]) => shares.filter((s) => s.inline).map((s) => s.article);

test('an entity page lists every article in full while the budget allows', () => {
  assert.deepEqual(inline(shareByArticle([{ article: 'a', count: 20 }, { article: 'b', count: 3 }], 60)), ['a', 'b']);
});

test('one article with many items moves to its own page; the few stay listed, in the order given', () => {
  const shares = shareByArticle([{ article: 'real', count: 90 }, { article: 'test', count: 4 }], 60);
  assert.deepEqual(shares, [{ article: 'real', count: 90, inline: false }, { article: 'test', count: 4, inline: true }]);
});

test('the smallest shares are placed first, and what one leaves unused goes to the next', () => {
  // 60 among three: c takes 2, leaving 58 for two (29 each): b's 25 fits, leaving 33 for a, whose 33 fits.
  assert.deepEqual(inline(shareByArticle([{ article: 'a', count: 33 }, { article: 'b', count: 25 }, { article: 'c', count: 2 }], 60)), ['a', 'b', 'c']);
  assert.deepEqual(inline(shareByArticle([{ article: 'a', count: 34 }, { article: 'b', count: 25 }, { article: 'c', count: 2 }], 60)), ['b', 'c']);
});

test('however many articles, the items listed in full never exceed the budget', () => {
  for (const n of [1, 2, 10, 100, 1000]) {
    const counts = Array.from({ length: n }, (_, i) => ({ article: `a${i}`, count: 1 + (i % 7) * 5 }));
    const listed = shareByArticle(counts, 60).filter((s) => s.inline).reduce((sum, s) => sum + s.count, 0);
    assert.ok(listed <= 60, `${n} articles: ${listed} items listed`);
  }
});

test('articles with nothing about the entity are left out', () => {
  assert.deepEqual(shareByArticle([{ article: 'a', count: 0 }, { article: 'b', count: 1 }], 60).map((s) => s.article), ['b']);
});

test('pages of results', () => {
  const items = Array.from({ length: 125 }, (_, i) => i);
  assert.equal(pageCount(125, 60), 3);
  assert.equal(pageCount(60, 60), 1);
  assert.equal(pageCount(0, 60), 1);
  assert.deepEqual(pageOf(items, 3, 60), { number: 3, count: 3, items: [120, 121, 122, 123, 124] });
  assert.equal(pageOf(items, 1, 60).items.length, 60);
  assert.throws(() => pageOf(items, 4, 60), /page 4 does not exist: 125 items make 3 pages of 60/);
  assert.throws(() => pageCount(10, 0), /page size must be a positive whole number, not 0/);
});

test('the first page keeps the view\u2019s own address; the others add page/<n>/', () => {
  assert.equal(pagePath('/timeline/', 1), '/timeline/');
  assert.equal(pagePath('/timeline/country/russia/', 2), '/timeline/country/russia/page/2/');
  assert.throws(() => pagePath('/timeline', 2), /ends with "\/"/);
});
