// Serves the production build (dist/) as a static host would: directory indexes, a 301 to the trailing
// slash, the 404 page with status 404, the headers from dist/_headers for each path, and text compressed with
// gzip for a client that accepts it (GitHub Pages, Netlify and Cloudflare all do; Lighthouse, run by the bench
// against this server, would otherwise time every page as if it came uncompressed).
// Usage: node src/server/serve.mjs [port]   (PORT env var also works; default 4321; BASE_PATH=/vectors/ serves a
// build made for that folder at that folder, as its host would)
//
// Why a server of our own rather than `astro preview`: preview's `server.headers` applies one set of headers
// to every response, while a static host applies dist/_headers per path pattern (Netlify/Cloudflare syntax);
// the e2e tests check the headers the build writes, as a host would send them. So this stays, small.
// Whatever the request, it gets an answer (400 for a malformed path, 404 for an unknown one) and the
// server stays up: one bad %-escape must not take the site down for everyone else.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm', '.png': 'image/png', '.ico': 'image/x-icon',
  '.bib': 'application/x-bibtex; charset=utf-8', '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};

// Files whose name, not only extension, says what they are: the CSL-JSON citation downloads (other .json files,
// such as cite-templates.json, are plain JSON). dist/_headers says the same for hosts
// (src/integrations/headers.ts); this is for a build served without it.
const byName = { 'cite.json': 'application/vnd.citationstyles.csl+json; charset=utf-8' };
const typeOf = (file) => byName[basename(file)] ?? types[extname(file)] ?? 'application/octet-stream';
/** What hosts compress: text, scripts, JSON, XML, SVG, citation files; not Pagefind's index or WebAssembly, already compressed. */
const isText = (type) => /^(text\/|image\/svg\+xml|application\/([\w.+-]*json|xml|x-bibtex|x-research-info-systems))/.test(type);
/** Whether a host sends this file gzipped: the page budget (tests/built/budget.test.ts) weighs files as they are sent. */
export const sentGzipped = (file) => isText(typeOf(file));

/**
 * The rules of a Netlify/Cloudflare-style _headers file: a path pattern on its own line (`*` matches any
 * run of characters), then indented `Name: value` lines. Every rule whose pattern matches applies.
 */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ test: new RegExp(`^${pattern}$`), headers: {} });
      continue;
    }
    const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (m && rules.length) rules.at(-1).headers[m[1].trim()] = m[2];
  }
  return (path) => Object.assign({}, ...rules.filter((r) => r.test.test(path)).map((r) => r.headers));
}

/** `/vectors/` from `vectors`, `/vectors` or `/vectors/`; `/` from nothing (src/lib/urls.ts's normaliseBase, for plain Node). */
const folder = (base) => {
  const segments = String(base ?? '').split('/').filter(Boolean);
  return segments.length ? `/${segments.join('/')}/` : '/';
};

/** A request handler serving `root` at `base` (the folder the build was made for: BASE_PATH). */
export function siteHandler(root, base = '/') {
  base = folder(base);
  root = resolve(root);
  const headersFile = join(root, '_headers');
  const headersFor = parseHeaders(existsSync(headersFile) ? readFileSync(headersFile, 'utf8') : '');
  const isDir = (p) => existsSync(p) && statSync(p).isDirectory();

  const send = (req, res, status, file, path, extra = {}) => {
    const type = typeOf(file);
    const gzip = isText(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(status, { 'Content-Type': type, ...headersFor(path), ...extra, ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
    if (req.method === 'HEAD') return res.end();
    const body = createReadStream(file).on('error', () => res.destroy());
    (gzip ? body.pipe(createGzip()) : body).pipe(res);
  };
  const plain = (res, status, text) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`${text}\n`);
  };

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed');
    let path;
    let raw;
    try {
      // Only the path: the query is the page's business, and `//host/x` must not be read as a host.
      raw = (req.url ?? '/').split('?')[0].split('#')[0];
      if (!raw.startsWith('/')) return plain(res, 400, 'Bad request');
      path = decodeURIComponent(raw);
    } catch {
      return plain(res, 400, 'Bad request: malformed %-escape in the path');
    }
    if (path.includes('\0') || path.includes('\\')) return plain(res, 400, 'Bad request');
    // A build for a folder answers only inside it; the folder without its slash gets one, as directories do.
    const hostPath = path;
    if (base !== '/') {
      if (`${path}/` === base) {
        res.writeHead(301, { Location: `${raw}/` });
        return res.end();
      }
      if (!path.startsWith(base)) return plain(res, 404, 'Not found');
      path = `/${path.slice(base.length)}`;
    }
    const file = join(root, normalize(path));
    if (file !== root && !file.startsWith(root + sep)) return plain(res, 400, 'Bad request');
    const query = (req.url ?? '').includes('?') ? (req.url ?? '').slice((req.url ?? '').indexOf('?')) : '';
    try {
      // Directory URLs without the trailing slash redirect, as static hosts do.
      if (!path.endsWith('/') && isDir(file)) {
        res.writeHead(301, { Location: `${raw}/${query}` });
        return res.end();
      }
      const target = isDir(file) ? join(file, 'index.html') : file;
      if (existsSync(target) && statSync(target).isFile()) return send(req, res, 200, target, hostPath);
      const notFound = join(root, '404.html');
      return existsSync(notFound) ? send(req, res, 404, notFound, hostPath) : plain(res, 404, 'Not found');
    } catch {
      return plain(res, 400, 'Bad request');
    }
  };
}

/** Starts the server; resolves once it listens. */
export function serve(root, port, host = '127.0.0.1', base = '/') {
  const server = createServer(siteHandler(root, base));
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(process.env.DIST_DIR ?? 'dist');
  const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No build found at ${root}. Run "npm run build:local" first (npm start does).`);
    process.exit(1);
  }
  const base = folder(process.env.BASE_PATH);
  const server = await serve(root, port, '127.0.0.1', base);
  console.log(`Serving ${root} at http://localhost:${server.address().port}${base}`);
}
