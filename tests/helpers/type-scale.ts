/**
 * The type scale as drawn: every piece of text a page lays out uses one of the scale's sizes (1rem and the
 * `--size-*` custom properties of global.css) and weight 400 or 700. Each other size or weight would be one more
 * font lookup before the first paint (src/styles/DESIGN.md), and a browser's own defaults (a button's 13.33 px,
 * `small`, `code`, a `strong` inside a bold heading) add them without anyone writing a rule.
 */
import type { Page } from '@playwright/test';

/** The text of the open page that is off the scale: "where "text": size weight", one line per style and place. */
export function textOffScale(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const px = (value: string) => {
      const probe = document.createElement('div');
      probe.style.fontSize = value;
      document.body.append(probe);
      const size = getComputedStyle(probe).fontSize;
      probe.remove();
      return size;
    };
    const sizes = new Set(['1rem', 'var(--size-h1)', 'var(--size-h2)', 'var(--size-small)'].map(px));
    const off = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      // Text not laid out costs no lookup; an SVG's text is scaled with its viewBox, so its size is the map's own.
      if (!node.textContent!.trim() || el.closest('svg') || el.getClientRects().length === 0) continue;
      const { fontSize, fontWeight } = getComputedStyle(el);
      if (sizes.has(fontSize) && (fontWeight === '400' || fontWeight === '700')) continue;
      const where = [el.parentElement, el].filter(Boolean).map((e) => e!.localName + (e!.classList[0] ? `.${e!.classList[0]}` : '')).join(' > ');
      off.add(`${where} "${node.textContent!.trim().slice(0, 30)}": ${fontSize} ${fontWeight}`);
    }
    return [...off];
  });
}
