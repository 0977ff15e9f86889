/**
 * Google Scholar and Zotero over the whole build. Scholar takes every page with citation_* (Highwire) tags
 * for an article, and wants one page per article: only the canonical article page carries them. Section
 * pages stay in the sitemap (they are real reading pages) and carry the Dublin Core and PRISM description
 * from which Zotero's Embedded Metadata translator still saves the journal article; no page has
 * article:section, which Zotero reads into its Section field.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { allPages, distDir, page, requireDist } from '../helpers/dist.ts';

const ldOf = (path: string) => {
  const script = page(path).querySelector('script[type="application/ld+json"]');
  return script ? (JSON.parse(script.textContent) as Record<string, any>) : undefined;
};
const meta = (path: string, name: string) => page(path).querySelectorAll(`meta[name="${name}"]`).map((m) => m.getAttribute('content'));

describe('one page per article for Scholar; the article for Zotero from every section page', () => {
  let pages: string[] = [];
  let articles: string[] = [];
  let sections: { path: string; article: Record<string, any> }[] = [];
  before(() => {
    requireDist();
    pages = allPages();
    const lds = pages.map((p) => [p, ldOf(p)] as const);
    articles = lds.filter(([, ld]) => ld?.['@type'] === 'ScholarlyArticle').map(([p]) => p);
    sections = lds.filter(([, ld]) => ld?.isPartOf?.['@type'] === 'ScholarlyArticle').map(([path, ld]) => ({ path, article: ld!.isPartOf }));
  });

  test('citation_* tags are on the canonical article pages and nowhere else', () => {
    assert.ok(articles.length >= 1 && sections.length >= 10);
    const tagged = pages.filter((p) => page(p).querySelectorAll('meta').some((m) => m.getAttribute('name')?.startsWith('citation_')));
    assert.deepEqual(tagged, articles);
  });

  test('no page has article:section', () => {
    for (const p of pages) assert.equal(page(p).querySelectorAll('meta[property="article:section"]').length, 0, p);
  });

  test('every section page describes its article in Dublin Core and PRISM 2.0, with the values of its JSON-LD', () => {
    for (const { path, article } of sections) {
      const journal = article.isPartOf.isPartOf.isPartOf;
      assert.deepEqual(meta(path, 'DC.type'), ['Text.Serial.Journal'], path);
      assert.deepEqual(meta(path, 'DC.title'), [article.headline], path);
      assert.deepEqual(meta(path, 'DC.creator'), article.author.map((a: { familyName: string; givenName: string }) => `${a.familyName}, ${a.givenName}`), path);
      assert.deepEqual(meta(path, 'DC.identifier'), [article.sameAs], path);
      assert.deepEqual(meta(path, 'DC.relation'), [article.url], path);
      assert.deepEqual(meta(path, 'prism.publicationName'), [journal.name], path);
      assert.deepEqual([...meta(path, 'prism.issn'), ...meta(path, 'prism.eIssn')], journal.issn, path);
      assert.deepEqual(meta(path, 'prism.volume'), [article.isPartOf.isPartOf.volumeNumber], path);
      assert.deepEqual(meta(path, 'prism.number'), [article.isPartOf.issueNumber], path);
      assert.deepEqual([...meta(path, 'prism.startingPage'), ...meta(path, 'prism.endingPage')], [article.pageStart, article.pageEnd], path);
      assert.deepEqual(meta(path, 'prism.doi'), [article.identifier.value], path);
      assert.equal(page(path).querySelector('link[rel="schema.prism"]')?.getAttribute('href'), 'http://prismstandard.org/namespaces/basic/2.0/', path);
    }
  });

  test('the sitemap lists the article pages and the section pages', () => {
    const xml = readdirSync(distDir)
      .filter((f) => /^sitemap.*\.xml$/.test(f))
      .map((f) => readFileSync(join(distDir, f), 'utf8'))
      .join('\n');
    const listed = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
    for (const p of [...articles, ...sections.map((s) => s.path)]) assert.ok(listed.has(p), p);
  });
});
