/**
 * Prepares each numbered paragraph for the search index, without touching its words:
 * - `data-pagefind-title="¶ N"` makes the paragraph a sub-result of its own, so a result links to
 *   `#pN` rather than only to the nearest heading (Pagefind anchors sub-results at headings with ids
 *   and at any element with both an id and data-pagefind-title);
 * - the other names and spellings of the entities it mentions (aliases from content/entities) go into
 *   an attribute that Pagefind indexes but nobody sees or hears: see src/lib/search-aliases.ts.
 * Runs after rehype-paragraph-numbers, which gives paragraphs their ids and ¶ links.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { paragraphNumber } from '../lib/anchors.ts';
import type { SearchNamed } from '../lib/entities/names.ts';
import { findMentions, type Matcher } from '../lib/entities/mentions.ts';
import { aliasAttribute, otherNames } from '../lib/search/aliases.ts';

export function rehypeSearchParagraphs(options: { matcher: () => Matcher; named: () => SearchNamed[] }) {
  let byKey: Map<string, SearchNamed> | undefined;
  return (tree: Root, file: VFile) => {
    const fm = (file.data as { astro?: { frontmatter?: { paragraphs?: unknown } } }).astro?.frontmatter;
    if (!fm?.paragraphs) return;
    byKey ??= new Map(options.named().map((e) => [`${e.kind}/${e.id}`, e]));
    const matcher = options.matcher();
    for (const p of tree.children) {
      if (p.type !== 'element' || p.tagName !== 'p') continue;
      const n = paragraphNumber(String(p.properties?.id ?? ''));
      if (n === null) continue;
      const text = toString({ type: 'element', tagName: 'p', properties: {}, children: p.children.filter((c) => !isPermalink(c)) });
      const keys = [...new Set(findMentions(text, matcher).map((m) => `${m.kind}/${m.id}`))];
      const aliases = aliasAttribute(otherNames(text, keys.map((k) => byKey!.get(k)).filter((e): e is SearchNamed => !!e)));
      p.properties = {
        ...p.properties,
        dataPagefindTitle: `¶ ${n}`,
        ...(aliases ? { dataPagefindIndexAttrs: 'data-search-aliases', dataSearchAliases: aliases } : {}),
      };
    }
  };
}

function isPermalink(node: ElementContent): boolean {
  const cls = (node as Element).properties?.className;
  return node.type === 'element' && Array.isArray(cls) && cls.includes('pnum');
}
