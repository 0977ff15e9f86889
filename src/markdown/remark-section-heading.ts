/**
 * Puts the section's heading into its rendered text, from frontmatter, with the section's fixed id:
 * an `h2` for the article's own headings and an `h3` for the headings this edition added. Being part
 * of the rendered text, it gets its anchor link from rehype-autolink-headings like any other heading,
 * and it is identical on the section page and on the single-page reading copy.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { SectionData } from '../lib/types.ts';

/** What the plugin reads of a section's frontmatter (not yet checked by the schema when it runs). */
type Frontmatter = Partial<Pick<SectionData, 'id' | 'title' | 'heading'>>;

export function remarkSectionHeading() {
  return (tree: Root, file: VFile) => {
    const fm = (file.data as { astro?: { frontmatter?: Frontmatter } }).astro?.frontmatter;
    if (!fm?.id || !fm.title || !fm.heading) return;
    const editorial = fm.heading === 'editorial';
    tree.children.unshift({
      type: 'heading',
      depth: editorial ? 3 : 2,
      children: [{ type: 'text', value: fm.title }],
      data: {
        hProperties: {
          id: fm.id,
          className: ['section-heading', editorial ? 'is-editorial' : 'is-article'],
          dataSectionHeading: fm.heading,
        },
      },
    });
    if (editorial) {
      // Said in words, not only by style: the heading is this edition's, not the authors'.
      tree.children.splice(1, 0, {
        type: 'paragraph',
        children: [{ type: 'text', value: 'Heading added by this edition; the text below is the authors’.' }],
        data: { hName: 'div', hProperties: { className: ['heading-note'], dataPagefindIgnore: '' } },
      });
    }
  };
}
