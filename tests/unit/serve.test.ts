/**
 * The static server behind `npm start`, preview and the e2e tests answers every request, however hostile
 * its path, and stays up; it never serves a file outside the build; it sends _headers per path.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { get } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { parseHeaders, serve } from '../../src/server/serve.mjs';
import { citationTypes } from '../../src/integrations/headers.ts';
import { headersFile } from '../../src/lib/security.ts';

const outside = mkdtempSync(join(tmpdir(), 'serve-outside-'));
const root = join(outside, 'dist');
let server: import('node:http').Server;
let port = 0;

/** Sends one request byte for byte (no client-side normalising of the path) and returns the status line's code. */
function raw(path: string, method = 'GET', to = port): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const socket = connect(to, '127.0.0.1', () => socket.write(`${method} ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => (data += d));
    socket.on('end', () => done({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0), body: data }));
    socket.on('error', fail);
  });
}

before(async () => {
  mkdirSync(join(root, 'search'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<p>home</p>');
  writeFileSync(join(root, 'search/index.html'), '<p>search</p>');
  writeFileSync(join(root, '404.html'), '<p>not found</p>');
  writeFileSync(join(root, '_headers'), '/*\n  X-All: 1\n/search/*\n  X-Search: 1\n');
  writeFileSync(join(outside, 'secret.txt'), 'SECRET');
  mkdirSync(join(root, 'art/sec'), { recursive: true });
  writeFileSync(join(root, 'art/index.pf_index'), 'INDEX');
  for (const f of ['art/cite.bib', 'art/cite.ris', 'art/cite.json', 'art/cite-templates.json', 'art/sec/cite.bib']) writeFileSync(join(root, f), '{}');
  server = await serve(root, 0);
  port = (server.address() as { port: number }).port;
});
after(() => {
  server.close();
  rmSync(outside, { recursive: true, force: true });
});

describe('the static server', () => {
  const hostile = [
    '/%ZZ', '/%E0%A4%A', '/%', '/%%', '/%C0%AF', '/%ED%A0%80', '/search/%ZZ/', '/?q=%ZZ', '/%00', '/a%00.html',
    '/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/..\\secret.txt', '/%5c..%5csecret.txt',
    '//secret.txt', '///../secret.txt', '*', 'http://evil.example/', `/${'a'.repeat(4000)}`, '/search', '/search?q=x',
  ];

  test('answers every hostile path with a status and stays up', async () => {
    for (const path of hostile) {
      const r = await raw(path);
      assert.ok([200, 301, 400, 404].includes(r.status), `${path} → ${r.status}`);
      assert.doesNotMatch(r.body, /SECRET/, `${path} served a file outside the build`);
    }
    assert.equal((await raw('/')).status, 200, 'the server is still up');
  });

  test('a malformed %-escape is a 400, an unknown page a 404 with the 404 page', async () => {
    assert.equal((await raw('/%ZZ')).status, 400);
    assert.equal((await raw('/%E0%A4%A')).status, 400);
    const missing = await raw('/no-such-page/');
    assert.equal(missing.status, 404);
    assert.match(missing.body, /not found/);
  });

  test('a directory without its trailing slash is redirected, keeping the query', async () => {
    const r = await raw('/search?q=x');
    assert.equal(r.status, 301);
    assert.match(r.body, /\r\nLocation: \/search\/\?q=x\r\n/i);
  });

  test('methods other than GET and HEAD are refused', async () => {
    assert.equal((await raw('/', 'POST')).status, 405);
  });

  test('text goes gzipped to a client that accepts it, as hosts send it; binary files and other clients get the bytes', async () => {
    const fetchRaw = (path: string, encoding?: string) =>
      new Promise<{ headers: import('node:http').IncomingHttpHeaders; body: Buffer }>((done, fail) => {
        get({ port, path, headers: encoding ? { 'Accept-Encoding': encoding } : {} }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', fail);
      });
    const zipped = await fetchRaw('/search/', 'gzip, deflate, br');
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(zipped.headers['x-search'], '1');
    assert.equal(gunzipSync(zipped.body).toString(), '<p>search</p>');
    assert.equal((await fetchRaw('/art/cite.bib', 'gzip')).headers['content-encoding'], 'gzip');
    const plainText = await fetchRaw('/search/');
    assert.equal(plainText.headers['content-encoding'], undefined);
    assert.equal(plainText.body.toString(), '<p>search</p>');
    const binary = await fetchRaw('/art/index.pf_index', 'gzip');
    assert.equal(binary.headers['content-encoding'], undefined);
    assert.equal(binary.body.toString(), 'INDEX');
  });

  test('headers from _headers apply per path', async () => {
    const home = await raw('/');
    assert.match(home.body, /X-All: 1/);
    assert.doesNotMatch(home.body, /X-Search/);
    assert.match((await raw('/search/')).body, /X-Search: 1/);
  });
});

test('_headers rules match by path pattern and accumulate', () => {
  const headersFor = parseHeaders('# comment\n/*\n  A: 1\n/x/*\n  B: 2\n/x/exact\n  C: 3\n');
  assert.deepEqual(headersFor('/'), { A: '1' });
  assert.deepEqual(headersFor('/x/exact'), { A: '1', B: '2', C: '3' });
  assert.deepEqual(headersFor('/y/'), { A: '1' });
});

const contentType = (response: string) => /\r\nContent-Type: ([^\r]*)\r\n/i.exec(response)?.[1];
const CITE_TYPES = {
  'cite.bib': 'application/x-bibtex; charset=utf-8',
  'cite.ris': 'application/x-research-info-systems; charset=utf-8',
  'cite.json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

describe('the citation downloads are sent with their media types', () => {
  test('by the server, even for a build without those rules in _headers', async () => {
    for (const [file, type] of Object.entries(CITE_TYPES)) assert.equal(contentType((await raw(`/art/${file}`)).body), type, file);
    assert.equal(contentType((await raw('/art/sec/cite.bib')).body), CITE_TYPES['cite.bib']);
    assert.equal(contentType((await raw('/art/cite-templates.json')).body), 'application/json', 'other JSON stays JSON');
  });

  test('by the _headers file the build writes, for the article and every section, in a folder too', () => {
    for (const base of ['/', '/vectors/']) {
      const headersFor = parseHeaders(headersFile({ 'X-Frame-Options': 'DENY' }, base, citationTypes()));
      for (const [file, type] of Object.entries(CITE_TYPES)) {
        assert.equal(headersFor(`${base}art/${file}`)['Content-Type'], type, `${base}art/${file}`);
        assert.equal(headersFor(`${base}art/sec/${file}`)['Content-Type'], type, `${base}art/sec/${file}`);
      }
      assert.equal(headersFor(`${base}art/cite-templates.json`)['Content-Type'], undefined);
      assert.equal(headersFor(`${base}art/`)['X-Frame-Options'], 'DENY', 'the security headers still apply everywhere');
    }
  });
});

test('a build for a folder (BASE_PATH) is served at that folder only, and stays inside the build', async () => {
  const inFolder = await serve(root, 0, '127.0.0.1', '/vectors/');
  const at = (inFolder.address() as { port: number }).port;
  try {
    assert.equal((await raw('/vectors/', 'GET', at)).status, 200);
    assert.equal((await raw('/vectors/search/', 'GET', at)).status, 200);
    assert.match((await raw('/vectors', 'GET', at)).body, /\r\nLocation: \/vectors\/\r\n/i);
    assert.equal((await raw('/', 'GET', at)).status, 404);
    assert.equal((await raw('/search/', 'GET', at)).status, 404);
    for (const path of ['/vectors/../secret.txt', '/vectors/%2e%2e/secret.txt', '/vectors/..%2fsecret.txt']) assert.doesNotMatch((await raw(path, 'GET', at)).body, /SECRET/, path);
  } finally {
    inFolder.close();
  }
});
