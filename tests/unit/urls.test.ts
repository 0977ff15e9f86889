/** The public address (SITE_URL, BASE_PATH) and the URL module every link goes through (src/lib/urls.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { articleUrl, href, LOCAL_SITE_URL, MISSING_SITE_URL, normaliseBase, paragraphUrl, publicAddress, searchUrl, sitePath } from '../../src/lib/urls.ts';

describe('the public address', () => {
  test('a build without SITE_URL stops, saying how to set it; dev and check use the local address', () => {
    assert.throws(() => publicAddress({}, 'build'), (e: Error) => e.message === MISSING_SITE_URL);
    assert.throws(() => publicAddress({ SITE_URL: '  ' }, 'build'), /SITE_URL is not set/);
    assert.match(MISSING_SITE_URL, /SITE_URL=https:\/\/vectors\.example\.org npm run build/);
    assert.match(MISSING_SITE_URL, /npm run build:local/);
    assert.deepEqual(publicAddress({}, 'dev'), { site: `${LOCAL_SITE_URL}/`, base: '/' });
  });

  test('SITE_URL and BASE_PATH give the site and its folder; SITE_URL may carry the folder itself', () => {
    assert.deepEqual(publicAddress({ SITE_URL: 'https://example.org' }), { site: 'https://example.org/', base: '/' });
    assert.deepEqual(publicAddress({ SITE_URL: 'https://example.org', BASE_PATH: '/vectors/' }), { site: 'https://example.org/vectors/', base: '/vectors/' });
    assert.deepEqual(publicAddress({ SITE_URL: 'https://example.org/vectors', BASE_PATH: '' }), { site: 'https://example.org/vectors/', base: '/vectors/' });
    assert.deepEqual(publicAddress({ SITE_URL: 'https://example.org/vectors/', BASE_PATH: 'vectors' }), { site: 'https://example.org/vectors/', base: '/vectors/' });
  });

  test('a malformed address is refused with its value', () => {
    assert.throws(() => publicAddress({ SITE_URL: 'example.org' }), /SITE_URL "example.org" is not an absolute address/);
    assert.throws(() => publicAddress({ SITE_URL: 'ftp://example.org' }), /must start with https:\/\/ or http:\/\//);
    assert.throws(() => publicAddress({ SITE_URL: 'https://example.org/?x=1' }), /without \?query/);
    assert.throws(() => publicAddress({ SITE_URL: 'https://example.org/a/', BASE_PATH: '/b/' }), /name different folders/);
    assert.throws(() => normaliseBase('/a b/'), /BASE_PATH "\/a b\/" is not a folder path/);
    assert.throws(() => normaliseBase('/../x/'), /is not a folder path/);
  });

  test('the folder is written one way', () => {
    for (const raw of ['vectors', '/vectors', '/vectors/', 'vectors/']) assert.equal(normaliseBase(raw), '/vectors/');
    for (const raw of [undefined, '', '/', '//']) assert.equal(normaliseBase(raw), '/');
    assert.equal(normaliseBase('/a/b'), '/a/b/');
  });
});

describe('links through the URL module', () => {
  test('a site path gets the folder, and loses it again', () => {
    assert.equal(href('/about/', '/vectors/'), '/vectors/about/');
    assert.equal(href('/', '/vectors/'), '/vectors/');
    assert.equal(href('/about/', '/'), '/about/');
    assert.equal(sitePath('/vectors/about/', '/vectors/'), '/about/');
    assert.equal(sitePath('/about/', '/vectors/'), null);
  });

  test('without a base, URLs are exactly the published ones', () => {
    assert.equal(articleUrl('a'), '/a/');
    assert.equal(paragraphUrl('a', 's', 12), '/a/s/#p12');
    assert.equal(searchUrl({ q: 'gas' }), '/search/?q=gas');
  });
});
