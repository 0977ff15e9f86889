/**
 * Options for rehype-autolink-headings. By default it prepends a link that is aria-hidden and
 * out of the tab order; we append a visible, focusable link with an accessible name instead.
 * Its "#" is drawn by CSS (.heading-anchor::after), not written as text: Pagefind takes a heading's
 * text for its result titles whatever data-pagefind-ignore says, and "Armenia#" is no title.
 */
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';

export const autolinkOptions = {
  behavior: 'append' as const,
  properties: (heading: Element) => ({
    className: ['heading-anchor'],
    ariaLabel: `Link to this section: ${toString(heading)}`,
    dataPagefindIgnore: '',
  }),
  content: { type: 'element' as const, tagName: 'span', properties: { ariaHidden: 'true' }, children: [] },
};
