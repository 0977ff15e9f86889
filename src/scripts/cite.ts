/**
 * The cite box's enhancements (the citations are in the HTML, the reference managers' formats as linked
 * files): those files' text, a format menu instead of all seven at once, copy buttons that announce
 * "Copied", today's date in pinpointed citations, and —
 * when the address names a paragraph (#pN) — that paragraph's citation, offered by a "Cite ¶ N" button
 * beside it. The texts come from templates the build rendered with the citation library, fetched only
 * when a date or paragraph applies; if that fails, the box keeps its static text.
 */
import { paragraphAnchor, paragraphNumber } from '../lib/anchors.ts';
import { PLACEHOLDER, fillTemplate, localDay, type CiteData } from '../lib/citation/cite-template.ts';
import { isCslStyle, type CitationFormat } from '../lib/citation/types.ts';

/** The text of a format the page only links (BibTeX, RIS, CSL-JSON): the file itself. On failure the link stays. */
async function showFile(pre: HTMLElement): Promise<void> {
  const link = pre.closest('figure')!.querySelector<HTMLAnchorElement>('a[download]')!;
  const response = await fetch(link.href).catch(() => undefined);
  if (!response?.ok) return;
  pre.textContent = await response.text();
  pre.hidden = false;
}

/** A copy button, named with its format for screen readers ("Copy APA 7"), as the visible words are the same in each. */
function copyButton(what: 'text' | 'intext', format: string): HTMLButtonElement {
  const button = Object.assign(document.createElement('button'), { type: 'button' });
  button.dataset.copy = what;
  const name = Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: what === 'text' ? ` ${format}` : ` (${format})` });
  button.append(what === 'text' ? 'Copy' : 'Copy in-text citation', name);
  return button;
}

/** Loaded by cite-on-demand.ts when a reader is about to use the box, not with the page. */
export async function enhance(box: HTMLDetailsElement): Promise<void> {
  await Promise.all([...box.querySelectorAll<HTMLElement>('pre[data-cite-text]')].map(showFile));
  const $ = <T extends HTMLElement>(selector: string) => box.querySelector<T>(selector)!;
  const summary = $('[data-cite-summary]');
  const scope = $('[data-cite-scope]');
  const status = $('[data-cite-status]');
  const select = $<HTMLSelectElement>('select');
  const [pageRadio, paraRadio] = box.querySelectorAll<HTMLInputElement>('[name="cite-scope"]');
  const pageSummary = summary.textContent!;
  const today = localDay(new Date());
  // Each format's static text (and its styled HTML), in-text citation and file, kept to go back to.
  const figures = [...box.querySelectorAll<HTMLElement>('[data-format]')].map((el) => {
    const target = el.querySelector<HTMLElement>('[data-cite-text]')!;
    const inText = el.querySelector<HTMLElement>('[data-cite-intext]');
    const link = el.querySelector<HTMLAnchorElement>('a[download]');
    return {
      el,
      format: el.dataset.format as CitationFormat,
      target,
      text: target.textContent!,
      html: target.innerHTML,
      inText,
      inTextStatic: inText?.textContent ?? '',
      link,
      href: link?.href,
      name: link?.download,
    };
  });
  const citeButton = document.createElement('button');
  citeButton.type = 'button';
  citeButton.className = 'cite-para';
  let data: Promise<CiteData> | undefined;
  let target: { n: number; id: string; title: string; url: string } | undefined;
  let blobs: string[] = [];

  function render(d: CiteData): void {
    const para = paraRadio!.checked ? target : undefined;
    const section = d.sections.find((s) => s.id === box.dataset.section);
    summary.textContent = para ? `Cite ¶ ${para.n}` : pageSummary;
    blobs.forEach((url) => URL.revokeObjectURL(url));
    blobs = [];
    for (const f of figures) {
      const template = para ? d.paragraph[f.format] : section && d.section[f.format];
      const values = para
        ? { sectionTitle: para.title, sectionId: para.id, sectionUrl: para.url, paragraph: para.n }
        : section && { sectionTitle: section.title, sectionId: section.id, sectionUrl: section.url };
      const text = template && values ? fillTemplate(f.format, template, { ...values, date: today }) : f.text;
      // The styled version stays wherever the text is unchanged (APA, Chicago and MLA print no access date).
      if (text === f.text) f.target.innerHTML = f.html;
      else f.target.textContent = text;
      f.target.hidden = !text; // a linked file that could not be fetched, on the page's own scope
      if (f.inText) {
        const inText = para && isCslStyle(f.format) ? d.inText[f.format] : undefined;
        f.inText.textContent = inText && values ? fillTemplate(f.format, inText, { ...values, date: today }) : f.inTextStatic;
      }
      if (!f.link) continue;
      // What is shown is what downloads: the static file has no access date and no paragraph.
      f.link.href = text === f.text ? f.href! : URL.createObjectURL(new Blob([text], { type: f.link.type }));
      if (text !== f.text) blobs.push(f.link.href);
      // Named by the entry's key, as the static files are: "smith2021example_p41.bib".
      f.link.download = para ? `${d.paragraphKey.replace(String(PLACEHOLDER.paragraph), String(para.n))}.${f.name!.split('.').pop()}` : f.name!;
    }
  }

  async function update(): Promise<void> {
    const n = paragraphNumber(location.hash);
    const paragraph = n ? document.getElementById(paragraphAnchor(n)) : null;
    if (!paragraph && !box.dataset.section) return void (scope.hidden = true);
    data ??= fetch(box.dataset.templates!).then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText))));
    const d = await data;
    const section = n ? d.sections.find((s) => n >= s.first && n <= s.last) : undefined;
    target = n && section && paragraph ? { n, id: section.id, title: section.title, url: section.url } : undefined;
    scope.hidden = !target;
    paraRadio!.checked = !!target;
    pageRadio!.checked = !target;
    if (target && paragraph) {
      $('[data-cite-paragraph]').textContent = `¶ ${target.n} (${target.title})`;
      // Seen as "Cite ¶ 41", heard as "Cite paragraph 41", like the ¶ permalinks.
      const mark = Object.assign(document.createElement('span'), { textContent: '¶' });
      mark.setAttribute('aria-hidden', 'true');
      const word = Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: 'paragraph' });
      citeButton.replaceChildren('Cite ', mark, word, ` ${target.n}`);
      paragraph.append(citeButton);
    } else citeButton.remove();
    render(d);
  }

  const show = (format: string) => figures.forEach((f) => (f.el.hidden = f.format !== format));

  citeButton.addEventListener('click', () => {
    paraRadio!.checked = true;
    void data?.then(render);
    box.open = true;
    summary.focus();
  });
  scope.addEventListener('change', () => void data?.then(render));
  select.addEventListener('change', () => {
    show(select.value);
    try {
      localStorage.setItem('cite-format', select.value);
    } catch {} // storage may be off: the choice then lasts for this page only
  });
  box.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-copy]');
    if (!button) return;
    status.textContent = '';
    const figure = button.closest('figure')!;
    const source = figure.querySelector<HTMLElement>(button.dataset.copy === 'intext' ? '[data-cite-intext]' : '[data-cite-text]')!;
    const text = source.textContent!;
    // A styled citation goes on the clipboard twice: as HTML (italics kept when pasted into a word
    // processor) and as plain text (for plain-text editors); everything else as plain text.
    const styled = source.matches('.cite-text') && typeof ClipboardItem !== 'undefined';
    const copy = styled
      ? navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([source.innerHTML], { type: 'text/html' }),
            'text/plain': new Blob([text], { type: 'text/plain' }),
          }),
        ])
      : navigator.clipboard.writeText(text);
    copy.then(
      () => (status.textContent = 'Copied'),
      () => (status.textContent = 'Copying failed: select the text and copy it'),
    );
  });

  try {
    const saved = localStorage.getItem('cite-format');
    if (saved && figures.some((f) => f.format === saved)) select.value = saved;
  } catch {}
  show(select.value);
  $('[data-cite-choose]').hidden = false;
  // The clipboard needs a secure context; without one the text stays selectable, and no button promises more.
  if (navigator.clipboard) {
    for (const f of figures) {
      const label = f.el.querySelector('figcaption')!.textContent!;
      const actions = f.el.querySelector('.cite-actions') ?? f.el.appendChild(Object.assign(document.createElement('p'), { className: 'cite-actions' }));
      actions.prepend(...[copyButton('text', label), ...(f.inText ? [copyButton('intext', label)] : [])]);
    }
  }
  const run = () => update().catch(() => (scope.hidden = true)); // no templates: the static text stays
  addEventListener('hashchange', run);
  void run();
}
