/**
 * A section's paragraphs as readers see them: the body is parsed as MDX (with GFM), as the build parses
 * it, and each top-level paragraph — the nodes rehype-paragraph-numbers numbers — is reduced to its text,
 * so emphasis markers, link targets and element tags never reach a backlink quote or the mention index.
 */
import type { Paragraph, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/** The rendered text of each numbered paragraph of a section body, whitespace collapsed, in order. */
export function sectionParagraphs(body: string): string[] {
  const tree: Root = fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
  return tree.children.filter((n) => n.type === 'paragraph' && !unravelled(n)).map((n) => toString(n).replace(/\s+/g, ' ').trim());
}

/**
 * MDX renders a paragraph that holds only elements (and white space) as those elements, without a <p>
 * (@mdx-js/mdx's remark-mark-and-unravel): `<h4 id="x">A heading</h4>` on its own line is no paragraph.
 */
function unravelled(p: Paragraph): boolean {
  return p.children.every((c) => c.type === 'mdxJsxTextElement' || c.type === 'mdxTextExpression' || (c.type === 'text' && !c.value.trim()));
}
