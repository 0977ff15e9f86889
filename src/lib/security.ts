/**
 * The site's Content-Security-Policy and security headers, in one place: Base.astro ships the
 * policy as a <meta> tag (for hosts that cannot set headers) and the headers integration writes
 * the same policy, plus what only a header can carry, to dist/_headers for static hosts.
 *
 * No 'unsafe-inline': every script and stylesheet is an external file from this origin.
 * 'wasm-unsafe-eval' is what Pagefind's WebAssembly search needs; its worker is a file from this origin
 * (pagefind-worker.js), so no blob: workers, and no page uses a data: image.
 *
 * What only a response header can give (the <meta> tag cannot): frame-ancestors (no framing, against
 * clickjacking; X-Frame-Options for old browsers), X-Content-Type-Options, Referrer-Policy, Permissions-Policy
 * and Cross-Origin-Opener-Policy. A host that cannot send dist/_headers serves the site without them.
 */
const directives: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'worker-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self'",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

const serialise = (d: Record<string, string>) => Object.entries(d).map(([k, v]) => `${k} ${v}`).join('; ');

/** For the <meta http-equiv> tag: browsers ignore frame-ancestors there. */
export const CSP_META = serialise(directives);

/** For the header, which can also forbid framing. */
export const CSP_HEADER = serialise({ ...directives, 'frame-ancestors': "'none'" });

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * A Netlify/Cloudflare Pages `_headers` file: `headers` on every path of the site (under `base`, its folder on
 * the host), then a Content-Type for each path pattern in `types` (site paths; `*` matches any run of
 * characters), for files whose type a host would guess wrong from the extension (the citation downloads).
 */
export function headersFile(headers: Record<string, string> = SECURITY_HEADERS, base = '/', types: Record<string, string> = {}): string {
  const at = (pattern: string) => `${base}${pattern.replace(/^\//, '')}`;
  return [
    at('/*'),
    ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`),
    ...Object.entries(types).flatMap(([pattern, type]) => [at(pattern), `  Content-Type: ${type}`]),
    '',
  ].join('\n');
}
