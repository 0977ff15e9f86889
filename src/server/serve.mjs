// Serves the production build (dist/) with its search index, as a static host would:
// directory indexes, the 404 page, and the headers from dist/_headers when present.
// Usage: node src/server/serve.mjs [port]   (PORT env var also works; default 4321)
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm', '.png': 'image/png', '.ico': 'image/x-icon',
  '.bib': 'application/x-bibtex; charset=utf-8', '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};

/** Headers from a Netlify/Cloudflare-style _headers file: only the `/*` block is honoured, which is all we write. */
function globalHeaders() {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  const headers = {};
  let inAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) { inAll = line.trim() === '/*'; continue; }
    const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (inAll && m) headers[m[1]] = m[2];
  }
  return headers;
}

if (!existsSync(root)) {
  console.error(`No build found at ${root}. Run "npm run build" first.`);
  process.exit(1);
}
const extra = globalHeaders();

function resolveFile(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, path);
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : null;
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // Directory URLs without the trailing slash redirect, as static hosts do.
  const dir = join(root, url.pathname);
  if (!url.pathname.endsWith('/') && existsSync(dir) && statSync(dir).isDirectory()) {
    res.writeHead(301, { Location: url.pathname + '/' + url.search });
    return res.end();
  }
  const file = resolveFile(url.pathname);
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  res.writeHead(status, { 'Content-Type': types[extname(body)] ?? 'application/octet-stream', ...extra });
  if (req.method === 'HEAD') return res.end();
  createReadStream(body).pipe(res);
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://localhost:${port}/`);
});
