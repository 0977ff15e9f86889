/**
 * Content is data, not code. MDX would run what a section holds: an `import` of a Node module or an
 * expression such as `{process.env.HOME}` executes at build time and prints its result into the page, and
 * raw HTML (`<script>`, `onmouseover=…`, a `javascript:` link) reaches readers. A section is text, so this
 * plugin stops the build, naming file, line and what it found, on:
 * - ESM `import`/`export` and `{…}` expressions, in text or in attributes;
 * - any element outside the short list below, or an attribute outside it (so no `on…` handler, no `style`);
 * - a link or image whose address is not http(s), mailto, a site path or a #fragment.
 * The list is what sections are documented to use (content/guide/what-the-build-refuses.md): h4–h6 headings
 * with their fixed id, `lang` to mark a phrase in another language, and a few inline elements.
 * It runs before anything else, so no later plugin and no MDX evaluation ever sees refused input.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** Elements a section may write, each with the attributes it may carry besides the global ones. */
export const ALLOWED_ELEMENTS: Record<string, string[]> = {
  h4: ['id'],
  h5: ['id'],
  h6: ['id'],
  span: [],
  abbr: ['title'],
  em: [],
  strong: [],
  i: [],
  b: [],
  q: [],
  cite: [],
  sub: [],
  sup: [],
  br: [],
};

/** Attributes any allowed element may carry. */
export const GLOBAL_ATTRIBUTES = ['lang', 'dir'];

/** Addresses a link may point to: the web, e-mail, this site's paths and fragments. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:"), so do the same.
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(squeezed)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

const CODE_NODES: Record<string, string> = {
  mdxjsEsm: 'an import/export statement',
  mdxFlowExpression: 'a {…} expression',
  mdxTextExpression: 'a {…} expression',
};

interface Jsx {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: ({ type: 'mdxJsxAttribute'; name: string; value?: unknown } | { type: 'mdxJsxExpressionAttribute'; value: string })[];
  position?: { start: { line: number; column: number } };
}

const quote = (s: string, max = 60) => JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);

/** The problems in one parsed section, each with its line (0 when the parser gave none). */
export function findCode(tree: Root): { line: number; column: number; message: string }[] {
  const found: { line: number; column: number; message: string }[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    const column = node.position?.start.column ?? 0;
    // MDX node types are not in mdast's own type list.
    const type = node.type as string;
    const what = CODE_NODES[type];
    if (what) {
      const value = (node as { value?: string }).value ?? '';
      found.push({ line, column, message: `${what} is code, and a section is text: ${quote(value.trim())}` });
      return;
    }
    if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
      const el = node as unknown as Jsx;
      const name = el.name ?? '';
      const allowed = ALLOWED_ELEMENTS[name];
      if (!allowed) {
        found.push({ line, column, message: `element <${name || '>'}${name ? '>' : ''} is not allowed in a section (allowed: ${Object.keys(ALLOWED_ELEMENTS).join(', ')})` });
        return;
      }
      for (const a of el.attributes) {
        if (a.type === 'mdxJsxExpressionAttribute') {
          found.push({ line, column, message: `<${name}> has a {…} attribute, which is code: ${quote(a.value)}` });
          continue;
        }
        if (a.value !== null && a.value !== undefined && typeof a.value !== 'string') {
          found.push({ line, column, message: `<${name}> attribute "${a.name}" is a {…} expression, which is code; write a plain quoted value` });
          continue;
        }
        if (!allowed.includes(a.name) && !GLOBAL_ATTRIBUTES.includes(a.name)) {
          found.push({ line, column, message: `<${name}> may not carry the attribute "${a.name}"${typeof a.value === 'string' ? ` (value ${quote(a.value)})` : ''}` });
        }
      }
      return;
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const url = (node as { url: string }).url;
      if (!isSafeUrl(url)) found.push({ line, column, message: `${node.type === 'image' ? 'an image' : 'a link'} to ${quote(url)}: only http(s), mailto, site paths and #fragments are allowed` });
    }
    if (node.type === 'html') {
      // Plain Markdown (not MDX) would pass raw HTML through untouched: refuse it the same way.
      found.push({ line, column, message: `raw HTML is not allowed in a section: ${quote((node as { value: string }).value)}` });
    }
  });
  return found;
}

export function remarkTextOnly() {
  return (tree: Root, file: VFile) => {
    const found = findCode(tree);
    if (!found.length) return;
    const where = file.path || 'a section';
    // MDX's error wrapper reads line and column from the error for its "Location:" line.
    throw Object.assign(new Error(`Content errors:\n  ${found.map((f) => `${where}${f.line ? `, line ${f.line}` : ''}: ${f.message}`).join('\n  ')}`), { line: found[0]!.line, column: found[0]!.column });
  };
}
