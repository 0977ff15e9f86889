/** URLs that never break: the manifest's append-only merge and the rule for what a build must still serve. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkRedirects, finalTarget, mergeManifest, missingFromBuild, parseManifest, redirectsFile, redirectTarget, serializeManifest } from '../../src/lib/manifest.ts';
import { pageFacts, resolveHref } from '../helpers/page-links.ts';

const A = '/karpovich-davydova-2021/';
const built = (...urls: string[]) => new Set(urls);

describe('a build checked against the manifest', () => {
  const manifest = [`${A}`, `${A}georgia/`, `${A}georgia/#p41`, `${A}georgia/#georgia`];

  test('passes when it still serves every entry', () => {
    assert.deepEqual(missingFromBuild(manifest, built(...manifest), {}), []);
  });

  test('reports a URL that was removed without a redirect, with its anchors', () => {
    assert.deepEqual(missingFromBuild(manifest, built(A), {}), [`${A}georgia/`, `${A}georgia/#p41`, `${A}georgia/#georgia`]);
  });

  test('accepts a removed URL that redirects to a page the build has, and its anchors that the new page also has', () => {
    const now = built(A, `${A}georgia-and-geneva/`, `${A}georgia-and-geneva/#p41`, `${A}georgia-and-geneva/#georgia`);
    assert.deepEqual(missingFromBuild(manifest, now, { [`${A}georgia/`]: `${A}georgia-and-geneva/` }), []);
  });

  test('still reports an anchor the redirect target lacks', () => {
    const now = built(A, `${A}georgia-and-geneva/`, `${A}georgia-and-geneva/#p41`);
    assert.deepEqual(missingFromBuild(manifest, now, { [`${A}georgia/`]: `${A}georgia-and-geneva/` }), [`${A}georgia/#georgia`]);
  });

  test('reports a redirect whose target is itself gone', () => {
    assert.deepEqual(missingFromBuild([`${A}georgia/`], built(A), { [`${A}georgia/`]: `${A}nowhere/` }), [`${A}georgia/`]);
  });

  test('a redirected folder takes its subtree along: a renamed section keeps its citation files', () => {
    const redirects = { [`${A}georgia/`]: `${A}georgia-and-geneva/` };
    assert.equal(redirectTarget(`${A}georgia/cite.bib`, redirects), `${A}georgia-and-geneva/cite.bib`);
    assert.equal(redirectTarget(`${A}georgian/`, redirects), undefined);
    assert.deepEqual(missingFromBuild([`${A}georgia/cite.bib`, `${A}georgia/cite.ris`], built(`${A}georgia-and-geneva/cite.bib`), redirects), [`${A}georgia/cite.ris`]);
  });

  test('follows a chain of redirects to its end', () => {
    const redirects = { '/a/': '/b/', '/b/': '/c/' };
    assert.equal(finalTarget('/a/', redirects), '/c/');
    assert.deepEqual(missingFromBuild(['/a/#p1', '/b/'], built('/c/', '/c/#p1'), redirects), []);
  });
});

describe('the manifest file', () => {
  test('only ever grows: entries the build lacks are kept, new ones are added and listed', () => {
    const { entries, added } = mergeManifest(['/old/', '/a/'], ['/b/', '/a/', '/a/#p1']);
    assert.deepEqual(entries, ['/a/', '/a/#p1', '/b/', '/old/']);
    assert.deepEqual(added, ['/a/#p1', '/b/']);
  });

  test('is sorted, one entry a line, and reads back to the same entries without its comment header', () => {
    const text = serializeManifest(['/b/', '/a/#p2', '/a/', '/a/']);
    assert.ok(text.startsWith('# '));
    assert.deepEqual(parseManifest(text), ['/a/', '/a/#p2', '/b/']);
  });
});

describe('redirects', () => {
  test('an empty file means no redirects', () => {
    assert.deepEqual(checkRedirects(null), { redirects: {}, errors: [] });
    assert.deepEqual(checkRedirects({}), { redirects: {}, errors: [] });
  });

  test('bad entries and loops are refused with the entry named', () => {
    assert.match(checkRedirects({ 'old/': '/new/' }).errors[0]!, /"old\/"/);
    assert.match(checkRedirects({ '/a/': '/a/' }).errors[0]!, /itself/);
    assert.match(checkRedirects({ '/a/#p1': '/b/' }).errors[0]!, /without #/);
    assert.ok(checkRedirects({ '/a/': '/b/', '/b/': '/a/' }).errors.some((e) => /loop/.test(e)));
    assert.deepEqual(checkRedirects(['/a/']).redirects, {});
  });

  test('become a _redirects file of permanent redirects to the end of any chain, folders with their subtree', () => {
    assert.equal(
      redirectsFile({ '/a/': '/b/', '/b/': '/c/', '/x.bib': '/y.bib' }).split('\n').slice(1).join('\n'),
      '/a/ /c/ 301\n/a/* /c/:splat 301\n/b/ /c/ 301\n/b/* /c/:splat 301\n/x.bib /y.bib 301\n',
    );
  });

  test('in a folder of the host, with the folder; never with a #fragment, so the reader’s own survives the 301', () => {
    const file = redirectsFile({ '/a/': '/b/' }, '/vectors/');
    assert.equal(file.split('\n').slice(1).join('\n'), '/vectors/a/ /vectors/b/ 301\n/vectors/a/* /vectors/b/:splat 301\n');
    assert.doesNotMatch(file.split('\n').slice(1).join('\n'), /#/);
  });
});

describe('links and anchors on a built page', () => {
  const origin = 'https://example.org';
  test('links resolve against the page: internal paths with fragments, external URLs, and non-addresses', () => {
    assert.deepEqual(resolveHref('#p3', '/a/b/', origin), { internal: '/a/b/', fragment: 'p3' });
    assert.deepEqual(resolveHref('../c/?q=1#x', '/a/b/', origin), { internal: '/a/c/', fragment: 'x' });
    assert.deepEqual(resolveHref('https://example.org/a/', '/', origin), { internal: '/a/', fragment: '' });
    assert.deepEqual(resolveHref('https://doi.org/10.1/x', '/', origin), { external: 'https://doi.org/10.1/x' });
    assert.equal(resolveHref('mailto:a@example.org', '/', origin), null);
  });

  test('in a folder of its host, links are read as site paths; a path that forgot the folder is outside', () => {
    const home = 'https://example.org/vectors/';
    assert.deepEqual(resolveHref('/vectors/a/#p3', '/b/', home), { internal: '/a/', fragment: 'p3' });
    assert.deepEqual(resolveHref('../c/', '/a/b/', home), { internal: '/a/c/', fragment: '' });
    assert.deepEqual(resolveHref('/about/', '/a/', home), { outside: '/about/' });
    assert.deepEqual(resolveHref('https://example.org/members', '/a/', home), { external: 'https://example.org/members' });
  });

  test('a page publishes its ¶ ids and the headings that carry their own permalink, not every id', () => {
    const html = `<h2 id="georgia">Georgia <a href="#georgia">#</a></h2><h2 id="toc-heading">Contents</h2>
      <p id="p41" class="para"><a href="#p41">¶ 41</a> Text <a href="/countries/georgia/">Georgia</a></p><div id="main"></div>`;
    const facts = pageFacts(html, '/a/georgia/', origin);
    assert.deepEqual(facts.anchors.sort(), ['georgia', 'p41']);
    assert.deepEqual(facts.ids, ['georgia', 'toc-heading', 'p41', 'main']);
    assert.deepEqual(facts.links, ['/a/georgia/#georgia', '/a/georgia/#p41', '/countries/georgia/']);
  });
});
