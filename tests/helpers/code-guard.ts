/**
 * The last gate, whatever the content pipeline misses: a built page may run only the site's own bundles.
 * Allowed: `<script type="module" src="/_astro/….js"></script>` (Astro's bundles, no inline code; `/redirect.js` on
 * redirect pages) and
 * `<script type="application/ld+json">` holding valid JSON. Refused: any other script, any on… attribute,
 * any javascript:/vbscript:/data: address in an attribute that browsers follow or load.
 */
import { parse } from 'node-html-parser';

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'cite', 'background', 'ping', 'srcset'];

/** Schemes that run code or smuggle a document; browsers ignore whitespace and control characters inside them. */
const isCodeUrl = (v: string) => /^(javascript|vbscript|data):/i.test(v.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `base`: the site's folder on its host (`/`, or `/vectors/` for a BASE_PATH build), which every script path starts with. */
export function findInjectedCode(html: string, base = '/'): string[] {
  // Astro's bundles, and the redirect pages' one script (public/redirect.js, src/integrations/redirects.ts).
  const ownScript = new RegExp(`^${escapeRe(base)}(_astro/[\\w.-]+\\.js|redirect\\.js)$`);
  const problems: string[] = [];
  const root = parse(html, { comment: false });
  for (const el of root.querySelectorAll('*')) {
    const tag = el.rawTagName?.toLowerCase();
    const attrs = el.attributes;
    for (const [name, value] of Object.entries(attrs)) {
      if (/^on/i.test(name)) problems.push(`<${tag}> has an event handler attribute ${name}="${value}"`);
      if (URL_ATTRIBUTES.includes(name.toLowerCase()) && isCodeUrl(value)) problems.push(`<${tag}> ${name} is a code address: "${value}"`);
    }
    if (tag === 'script') {
      const type = (attrs.type ?? '').toLowerCase();
      const src = attrs.src ?? '';
      if (type === 'application/ld+json' && !src) {
        try {
          JSON.parse(el.textContent);
        } catch {
          problems.push('<script type="application/ld+json"> does not hold valid JSON');
        }
      } else if (!(type === 'module' && ownScript.test(src) && !el.textContent.trim())) {
        problems.push(`a script that is not one of the site's bundles: <script${Object.entries(attrs).map(([k, v]) => ` ${k}="${v}"`).join('')}>${el.textContent.slice(0, 60)}`);
      }
    }
    if (['iframe', 'object', 'embed', 'frame', 'base'].includes(tag)) problems.push(`<${tag}> element`);
  }
  return problems;
}
