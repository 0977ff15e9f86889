/**
 * The cite box reads and downloads without script; its enhancements (cite.ts: the files' text, the format
 * menu, copy buttons, access dates, paragraph citations) are loaded only when a reader is about to use them —
 * on pointing at, focusing or opening the box, or when the address names a paragraph (#pN, on arrival or on
 * following a ¶ permalink), which offers that paragraph’s citation. A reader who never cites never loads cite.ts.
 */
import citeScript from './cite.ts?on-demand';

const box = document.querySelector<HTMLDetailsElement>('[data-cite-box]');
if (box) {
  const events = ['pointerover', 'focusin', 'toggle'] as const;
  const start = () => {
    events.forEach((type) => box.removeEventListener(type, start));
    removeEventListener('hashchange', onHash);
    // If the script cannot load, the box keeps its static text and its file links.
    void (import(/* @vite-ignore */ citeScript) as Promise<typeof import('./cite.ts')>).then(({ enhance }) => enhance(box));
  };
  // Asked of the page rather than of the anchor scheme (lib/anchors.ts), so that this file imports nothing.
  const onHash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && document.getElementById(id)?.matches('p.para')) start();
  };
  events.forEach((type) => box.addEventListener(type, start));
  addEventListener('hashchange', onHash);
  onHash();
}
