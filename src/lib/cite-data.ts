/**
 * What the cite box shows, computed at build time with the citation library: the citations as static
 * text (so they read without JavaScript, and match the downloadable files), and the templates its
 * script fills for paragraphs and for today's access date. Build-only: it imports citation-js.
 */
import { CITATION_FORMATS, citationKey, formatCitation, type CitationFormat, type CitationWork, type Pinpoint } from './citation/index.ts';
import { PLACEHOLDER, fillTemplate, type CiteData, type Texts } from './cite-template.ts';
import { paragraphAnchor } from './anchors.ts';

/** A section as the cite box needs it; `url` is absolute. */
export interface SectionPlace {
  id: string;
  title: string;
  url: string;
  first: number;
  last: number;
}

export interface CiteFormatView {
  id: CitationFormat;
  label: string;
  text: string;
  download?: { href: string; name: string; extension: string; mime: string };
}

export function citationTexts(work: CitationWork, pinpoint?: Pinpoint, accessed?: Date): Texts {
  return Object.fromEntries(CITATION_FORMATS.map((f) => [f.id, formatCitation(f.id, work, pinpoint, accessed)])) as Texts;
}

/** The section's own pinpoint: its title and stable URL. */
export const sectionPinpoint = (s: SectionPlace): Pinpoint => ({ sectionTitle: s.title, url: s.url });

const placeholderDate = new Date(Date.UTC(PLACEHOLDER.date.year, PLACEHOLDER.date.month - 1, PLACEHOLDER.date.day));

export function citationTemplates(work: CitationWork, withParagraph: boolean): Texts {
  const pinpoint = { sectionTitle: PLACEHOLDER.sectionTitle, url: PLACEHOLDER.url, ...(withParagraph ? { paragraph: PLACEHOLDER.paragraph } : {}) };
  return citationTexts(work, pinpoint, placeholderDate);
}

/**
 * Fills every template as the browser will, for each section and its first paragraph, and compares
 * the result with the library's own output. Returns the mismatches (a title ending in "?" would be
 * one: Chicago and MLA then drop a comma, which a placeholder cannot foresee).
 */
export function checkTemplates(work: CitationWork, templates: { section: Texts; paragraph: Texts }, sections: SectionPlace[], date: Date): string[] {
  const day = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  return sections.flatMap((s) =>
    CITATION_FORMATS.flatMap(({ id }) =>
      [
        { template: templates.section[id], pinpoint: sectionPinpoint(s) },
        { template: templates.paragraph[id], pinpoint: { ...sectionPinpoint(s), paragraph: s.first, url: `${s.url}#${paragraphAnchor(s.first)}` } },
      ].flatMap(({ template, pinpoint }) => {
        const want = formatCitation(id, work, pinpoint, date);
        const got = fillTemplate(id, template, { ...pinpoint, date: day });
        return got === want ? [] : [`${id} template for “${s.title}”${pinpoint.paragraph ? ` ¶ ${pinpoint.paragraph}` : ''}:\n${got}\n≠ ${want}`];
      }),
    ),
  );
}

const templateCache = new Map<string, { section: Texts; paragraph: Texts }>();

/** Templates for one article, checked once per build against every section. */
function checkedTemplates(work: CitationWork, sections: SectionPlace[]): { section: Texts; paragraph: Texts } {
  let t = templateCache.get(work.url);
  if (!t) {
    t = { section: citationTemplates(work, false), paragraph: citationTemplates(work, true) };
    const errors = checkTemplates(work, t, sections, new Date(Date.UTC(2026, 0, 9)));
    if (errors.length) throw new Error(`Cite box templates do not match the citation library:\n${errors.join('\n')}`);
    templateCache.set(work.url, t);
  }
  return t;
}

/**
 * Everything the cite box renders. Without `current` it cites the article (no pinpoint, so no access
 * date, and the article's files); with it, the section (title and stable URL) and the section's files.
 */
export function citeBoxModel(work: CitationWork, sections: SectionPlace[], current?: SectionPlace): { formats: CiteFormatView[]; data: CiteData } {
  const key = citationKey(work);
  const texts = current ? citationTexts(work, sectionPinpoint(current)) : citationTexts(work);
  const base = new URL(current ? current.url : work.url).pathname;
  const formats = CITATION_FORMATS.map((f) => ({
    id: f.id,
    label: f.label,
    text: texts[f.id],
    ...(f.download
      ? { download: { href: `${base}cite.${f.download.extension}`, name: `${key}${current ? `-${current.id}` : ''}.${f.download.extension}`, ...f.download } }
      : {}),
  }));
  const templates = checkedTemplates(work, sections);
  const here = current ? [current] : sections;
  const data: CiteData = {
    key,
    sections: here.map(({ title, url, first, last }) => ({ title, url, first, last })),
    ...(current ? { section: templates.section } : {}),
    paragraph: templates.paragraph,
  };
  return { formats, data };
}
