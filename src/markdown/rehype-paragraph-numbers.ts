/**
 * Numbers the article's paragraphs through the whole article (¶ 1 … ¶ N) and gives each a stable
 * id `p<N>` with a visible permalink. The numbers are fixed data: a section's frontmatter says which
 * ¶ it starts and ends with, and the build stops if its text holds a different number of paragraphs,
 * so an edit can never silently renumber published anchors.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { paragraphAnchor } from '../lib/anchors.ts';
import { fragment } from '../lib/urls.ts';

interface Frontmatter {
  paragraphs?: { first: number; last: number };
}

export function rehypeParagraphNumbers() {
  return (tree: Root, file: VFile) => {
    const fm = (file.data as { astro?: { frontmatter?: Frontmatter } }).astro?.frontmatter;
    if (!fm?.paragraphs) return; // not an article section (e.g. a page written in MDX)
    const { first, last } = fm.paragraphs;
    const paragraphs = tree.children.filter((n): n is Element => n.type === 'element' && n.tagName === 'p');
    const expected = last - first + 1;
    if (paragraphs.length !== expected) {
      throw new Error(
        `${file.path}: field "paragraphs": frontmatter says ¶ ${first}–${last} (${expected} paragraphs) but the text has ${paragraphs.length}`,
      );
    }
    paragraphs.forEach((p, i) => {
      const n = first + i;
      p.properties = { ...p.properties, id: paragraphAnchor(n), className: ['para'] };
      p.children.unshift(permalink(n));
    });
  };
}

function permalink(n: number): ElementContent {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      href: fragment(paragraphAnchor(n)),
      className: ['pnum'],
      dataPagefindIgnore: '',
    },
    // Seen as "¶ 12", heard as "Paragraph 12": the visible number stays part of the accessible name.
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '¶' }] },
      { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: 'Paragraph' }] },
      { type: 'text', value: ` ${n}` },
    ],
  };
}
