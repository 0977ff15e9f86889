/**
 * Heading ids are fixed data, never derived from heading text (Astro would otherwise slugify them).
 * A heading written in a section's MDX must be h4–h6 (the section's own heading is h2/h3) and carry
 * an explicit id, e.g. `<h4 id="gas-prices">…</h4>`; the build stops otherwise.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export function rehypeExplicitHeadingIds() {
  return (tree: Root, file: VFile) => {
    const fm = (file.data as { astro?: { frontmatter?: { paragraphs?: unknown } } }).astro?.frontmatter;
    if (!fm?.paragraphs) return;
    visit(tree, 'element', (node) => {
      if (!/^h[1-6]$/.test(node.tagName) || node.properties?.dataSectionHeading) return;
      if (!/^h[4-6]$/.test(node.tagName)) {
        throw new Error(`${file.path}: a heading inside a section must be h4–h6 (h2/h3 are the section's own heading), found ${node.tagName}`);
      }
      if (!node.properties?.id) {
        throw new Error(`${file.path}: a heading has no fixed id; give it one explicitly (id="…")`);
      }
    });
  };
}
