/**
 * On every page: `/` focuses the search box (the search page's own box where there is one), unless the
 * reader is typing in a field; and a page opened from a search result (`?highlight=…`) highlights the
 * searched words with Pagefind's highlight script, loaded only then. Its own <style> is switched off
 * (the CSP allows stylesheets from files only): global.css styles <mark>. The header's form names the
 * parameter (HIGHLIGHT_PARAM of src/lib/search/state.ts): importing it here would bundle the search page's
 * state module into every page.
 */

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

const form = document.querySelector<HTMLFormElement>('[data-highlight-script]');
const param = form?.dataset.highlightParam;
if (param && new URLSearchParams(location.search).has(param)) void highlight(param);

async function highlight(param: string): Promise<void> {
  // Named by the header's search form (src/lib/urls.ts, so it carries the site's folder); a variable, so
  // the bundler leaves the build's own file alone; absent in `astro dev`.
  const script = form?.dataset.highlightScript;
  try {
    if (!script) return;
    await import(/* @vite-ignore */ script);
    const Highlight = (window as unknown as { PagefindHighlight: new (options: object) => unknown }).PagefindHighlight;
    new Highlight({
      highlightParam: param,
      addStyles: false,
      markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
    });
  } catch {
    // No index (development server): the page reads the same without highlights.
  }
}
