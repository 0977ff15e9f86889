/**
 * On every page: `/` focuses the search box (the search page's own box where there is one), unless the
 * reader is typing in a field; and a page opened from a search result (`?highlight=…`) highlights the
 * searched words with Pagefind's highlight script, loaded only then. Its own <style> is switched off
 * (the CSP allows stylesheets from files only): global.css styles <mark>.
 */
import { HIGHLIGHT_PARAM } from '../lib/search/state.ts';

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-input]') ?? document.querySelector<HTMLInputElement>('[data-site-search]');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void highlight();

async function highlight(): Promise<void> {
  // Named by the header's search form (src/lib/urls.ts, so it carries the site's folder); a variable, so
  // the bundler leaves the build's own file alone; absent in `astro dev`.
  const script = document.querySelector<HTMLFormElement>('[data-highlight-script]')?.dataset.highlightScript;
  try {
    if (!script) return;
    await import(/* @vite-ignore */ script);
    const Highlight = (window as unknown as { PagefindHighlight: new (options: object) => unknown }).PagefindHighlight;
    new Highlight({
      highlightParam: HIGHLIGHT_PARAM,
      addStyles: false,
      markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
    });
  } catch {
    // No index (development server): the page reads the same without highlights.
  }
}
