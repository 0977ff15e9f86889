/**
 * Progressive enhancement for the timeline: shows the <select> of TimelineFilters.astro and hides
 * the events (and the years left empty) that do not match the chosen region or country. Without
 * this script the page lists every event and the filter links lead to pre-built pages. No inline
 * handlers and no inline styles: items are hidden with the `hidden` attribute.
 */
function enhanceTimeline(): void {
  const box = document.querySelector<HTMLElement>('[data-timeline-filter]');
  const select = box?.querySelector('select');
  const count = box?.querySelector<HTMLElement>('[data-timeline-count]');
  if (!box || !select || !count) return;

  const items = [...document.querySelectorAll<HTMLElement>('[data-filter-keys]')];
  const years = [...document.querySelectorAll<HTMLElement>('.timeline-year')];

  const apply = () => {
    const key = select.value;
    let shown = 0;
    for (const item of items) {
      const match = key === '' || (item.dataset.filterKeys ?? '').split(' ').includes(key);
      item.hidden = !match;
      if (match) shown += 1;
    }
    for (const year of years) year.hidden = year.querySelector('[data-filter-keys]:not([hidden])') === null;
    const label = (select.selectedOptions[0]?.textContent ?? '').replace(/\s*\(\d+\)$/, '');
    count.textContent = key === '' ? `Showing all ${items.length} events.` : `Showing ${shown} of ${items.length} events: ${label}.`;
  };

  select.addEventListener('change', apply);
  box.hidden = false;
  // A browser may restore the last choice on "back"; show the list that matches it.
  if (select.value !== '') apply();
}

enhanceTimeline();

export {};
