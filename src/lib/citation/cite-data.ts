/**
 * What the cite box shows, computed at build time with the citation library: the citations as static
 * text (so they read without JavaScript, and match the downloadable files), and the templates its
 * script fills for paragraphs and today's access date (served as /<article>/cite-templates.json).
 * Build-only: it imports citation-js.
 */
import { CITATION_FORMATS, citationKey, formatCitation, type CitationFormat, type CitationWork, type Pinpoint } from './index.ts';
import { PLACEHOLDER, fillTemplate, type CiteData, type Texts } from './cite-template.ts';
import { paragraphAnchor } from '../anchors.ts';
import type { ArticleView } from '../digest.ts';

/** A section as the cite box needs it; `url` is absolute. */
export interface SectionPlace {
  id: string;
  title: string;
  url: string;
  first: number;
  last: number;
}

/** The article's sections with absolute URLs. */
export function sectionPlaces(article: ArticleView, site: URL | undefined): SectionPlace[] {
  return article.sections.map((s) => ({ id: s.data.id, title: s.data.title, url: new URL(s.url, site).href, ...s.data.paragraphs }));
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
  const { sectionTitle, url, paragraph } = PLACEHOLDER;
  const pinpoint = withParagraph ? { sectionTitle, paragraph, url: `${url}#${paragraphAnchor(paragraph)}` } : { sectionTitle, url };
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
        const got = fillTemplate(id, template, { sectionTitle: s.title, sectionUrl: s.url, paragraph: pinpoint.paragraph, date: day });
        return got === want ? [] : [`${id} template for “${s.title}”${pinpoint.paragraph ? ` ¶ ${pinpoint.paragraph}` : ''}:\n${got}\n≠ ${want}`];
      }),
    ),
  );
}

/** The templates file for one article (see CiteData); the build stops if a template disagrees with the library. */
export function citeTemplates(work: CitationWork, sections: SectionPlace[]): CiteData {
  const templates = { section: citationTemplates(work, false), paragraph: citationTemplates(work, true) };
  const errors = checkTemplates(work, templates, sections, new Date(Date.UTC(2026, 0, 9)));
  if (errors.length) throw new Error(`Cite box templates do not match the citation library:\n${errors.join('\n')}`);
  return { sections, ...templates };
}
/**
 * What the cite box renders. Without `current` it cites the article (no pinpoint, so no access date,
 * and the article's files); with it, the section (title and stable URL) and the section's files.
 */
export function citeBoxFormats(work: CitationWork, current?: SectionPlace): CiteFormatView[] {
  const key = citationKey(work);
  const texts = current ? citationTexts(work, sectionPinpoint(current)) : citationTexts(work);
  const base = new URL(current ? current.url : work.url).pathname;
  return CITATION_FORMATS.map((f) => ({
    id: f.id,
    label: f.label,
    text: texts[f.id],
    ...(f.download
      ? { download: { href: `${base}cite.${f.download.extension}`, name: `${key}${current ? `-${current.id}` : ''}.${f.download.extension}`, ...f.download } }
      : {}),
  }));
}
