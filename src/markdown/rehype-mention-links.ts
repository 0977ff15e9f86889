/**
 * Links the first mention of each entity in a section to the entity's page. Only the article's
 * paragraphs are touched, never headings or existing links, and the words stay exactly as they are:
 * a mention becomes `<a class="mention">same words</a>`.
 *
 * The reading copy links each entity once in the whole article, not once in each section (a reader of one
 * section has its page, where each entity is linked on first mention). So that it can, each link carries its
 * ¶ number (`data-paragraph`, which the templates' link component uses and drops: src/components/MentionLink.astro),
 * and the section's frontmatter, as Astro's render() returns it, lists the ¶ of each entity's link (`mentionLinks`).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { paragraphNumber } from '../lib/anchors.ts';
import { findMentions, type Matcher } from '../lib/entities/mentions.ts';
import { entityUrl } from '../lib/urls.ts';

/** Entity page → the ¶ in which this section links it. */
export type MentionLinks = Record<string, number>;

export function rehypeMentionLinks(options: { matcher: () => Matcher }) {
  return (tree: Root, file: VFile) => {
    const fm = (file.data as { astro?: { frontmatter?: { paragraphs?: unknown; mentionLinks?: MentionLinks } } }).astro?.frontmatter;
    if (!fm?.paragraphs) return;
    const matcher = options.matcher();
    const linked: MentionLinks = {};
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const n = paragraphNumber(String(node.properties.id ?? ''));
      if (n) node.children = linkChildren(node.children, matcher, linked, n);
    }
    fm.mentionLinks = linked;
  };
}

function linkChildren(children: ElementContent[], matcher: Matcher, linked: MentionLinks, n: number): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') {
      if (child.tagName !== 'a') child.children = linkChildren(child.children, matcher, linked, n);
      return [child];
    }
    return child.type === 'text' ? linkText(child, matcher, linked, n) : [child];
  });
}

function linkText(node: Text, matcher: Matcher, linked: MentionLinks, n: number): ElementContent[] {
  const out: ElementContent[] = [];
  let at = 0;
  for (const m of findMentions(node.value, matcher)) {
    const href = entityUrl(m.kind, m.id);
    if (href in linked) continue;
    linked[href] = n;
    if (m.start > at) out.push({ type: 'text', value: node.value.slice(at, m.start) });
    out.push(mentionLink(href, m.text, n));
    at = m.end;
  }
  if (at === 0) return [node];
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
  return out;
}

function mentionLink(href: string, text: string, n: number): Element {
  return { type: 'element', tagName: 'a', properties: { href, className: ['mention'], dataParagraph: n }, children: [{ type: 'text', value: text }] };
}



/** The ¶ of each entity's first link in a whole article, from its sections' `mentionLinks`. */
export function firstMentionLinks(sections: readonly MentionLinks[]): MentionLinks {
  const first: MentionLinks = {};
  for (const links of sections) for (const [href, n] of Object.entries(links)) if (!(href in first) || n < first[href]!) first[href] = n;
  return first;
}
