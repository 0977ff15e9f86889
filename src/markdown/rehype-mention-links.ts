/**
 * Links the first mention of each entity in a section to the entity's page. Only the article's
 * paragraphs are touched, never headings or existing links, and the words stay exactly as they are:
 * a mention becomes `<a class="mention">same words</a>`.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { findMentions, type Matcher } from '../lib/entities/mentions.ts';
import { entityUrl } from '../lib/urls.ts';

export function rehypeMentionLinks(options: { matcher: () => Matcher }) {
  return (tree: Root, file: VFile) => {
    const fm = (file.data as { astro?: { frontmatter?: { paragraphs?: unknown } } }).astro?.frontmatter;
    if (!fm?.paragraphs) return;
    const matcher = options.matcher();
    const linked = new Set<string>();
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'p') node.children = linkChildren(node.children, matcher, linked);
    }
  };
}

function linkChildren(children: ElementContent[], matcher: Matcher, linked: Set<string>): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') {
      if (child.tagName !== 'a') child.children = linkChildren(child.children, matcher, linked);
      return [child];
    }
    return child.type === 'text' ? linkText(child, matcher, linked) : [child];
  });
}

function linkText(node: Text, matcher: Matcher, linked: Set<string>): ElementContent[] {
  const out: ElementContent[] = [];
  let at = 0;
  for (const m of findMentions(node.value, matcher)) {
    const key = `${m.kind}/${m.id}`;
    if (linked.has(key)) continue;
    linked.add(key);
    if (m.start > at) out.push({ type: 'text', value: node.value.slice(at, m.start) });
    out.push(mentionLink(m.kind, m.id, m.text));
    at = m.end;
  }
  if (at === 0) return [node];
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
  return out;
}

function mentionLink(kind: Parameters<typeof entityUrl>[0], id: string, text: string): Element {
  return { type: 'element', tagName: 'a', properties: { href: entityUrl(kind, id), className: ['mention'] }, children: [{ type: 'text', value: text }] };
}


