/**
 * What the cite box shows, computed at build time with the citation library: the citations as static
 * text and styled HTML (so they read without JavaScript, and match the downloadable files), the in-text
 * citations with their pinpoint, and the templates its script fills for paragraphs and today's access
 * date (served as /<article>/cite-templates.json). Build-only: it imports citation-js and citeproc-js.
 */
import {
  CITATION_FORMATS,
  CSL_STYLES,
  citationKey,
  formatCitation,
  formatCitationHtml,
  inTextCitation,
  isCslStyle,
  type CitationFormat,
  type CitationWork,
  type CslStyle,
  type Pinpoint,
} from './index.ts';
import { PLACEHOLDER, fillTemplate, type CiteData, type Texts } from './cite-template.ts';
import { paragraphAnchor } from '../anchors.ts';
import type { ArticleView } from '../types.ts';
import { markedTitle } from '../headings.ts';
import { citeFileUrl, withAnchor } from '../urls.ts';

/** A section as the cite box needs it; `url` is absolute, `title` as citations name it (marked if editorial). */
export interface SectionPlace {
  id: string;
  title: string;
  url: string;
  first: number;
  last: number;
}

/** The article's sections with absolute URLs; an editorial heading is named with its mark. */
export function sectionPlaces(article: ArticleView, site: URL | undefined): SectionPlace[] {
  return article.sections.map((s) => ({ id: s.data.id, title: markedTitle(s.data), url: new URL(s.url, site).href, ...s.data.paragraphs }));
}

export interface CiteFormatView {
  id: CitationFormat;
  label: string;
  /** The citation as the page shows it: styled HTML (the author-date styles), escaped text (GOST); none for a format offered as a file. */
  html?: string;
  /** The author-date styles: the in-text citation, with the section's paragraphs on a section page. */
  inText?: string;
  download?: { href: string; name: string; extension: string; mime: string };
}

export function citationTexts(work: CitationWork, pinpoint?: Pinpoint, accessed?: Date): Texts {
  return Object.fromEntries(CITATION_FORMATS.map((f) => [f.id, formatCitation(f.id, work, pinpoint, accessed)])) as Texts;
}

/** The section's own pinpoint: its title, id and stable URL. */
export const sectionPinpoint = (s: SectionPlace): Pinpoint => ({ sectionTitle: s.title, sectionId: s.id, url: s.url });

const placeholderDate = new Date(Date.UTC(PLACEHOLDER.date.year, PLACEHOLDER.date.month - 1, PLACEHOLDER.date.day));

export function citationTemplates(work: CitationWork, withParagraph: boolean): Texts {
  const { sectionTitle, sectionId, url, paragraph } = PLACEHOLDER;
  const section = { sectionTitle, sectionId, url };
  const pinpoint = withParagraph ? { ...section, paragraph, url: withAnchor(url, paragraphAnchor(paragraph)) } : section;
  return citationTexts(work, pinpoint, placeholderDate);
}

const STYLES = Object.keys(CSL_STYLES) as CslStyle[];

/** A paragraph's in-text citation in each author-date style, for the placeholder paragraph. */
export const inTextTemplates = (work: CitationWork): Record<CslStyle, string> =>
  Object.fromEntries(STYLES.map((s) => [s, inTextCitation(s, work, { first: PLACEHOLDER.paragraph })])) as Record<CslStyle, string>;

/**
 * Fills every template as the browser will, for each section and its first paragraph, and compares
 * the result with the library's own output. Returns the mismatches.
 */
export function checkTemplates(work: CitationWork, templates: Omit<CiteData, 'sections' | 'paragraphKey'>, sections: SectionPlace[], date: Date): string[] {
  const day = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  return sections.flatMap((s) => {
    const fill = { sectionTitle: s.title, sectionId: s.id, sectionUrl: s.url, date: day };
    const inText = STYLES.flatMap((style) => {
      const want = inTextCitation(style, work, { first: s.first });
      const got = fillTemplate(style, templates.inText[style], { ...fill, paragraph: s.first });
      return got === want ? [] : [`${style} in-text template for ¶ ${s.first}:\n${got}\n≠ ${want}`];
    });
    return inText.concat(
      CITATION_FORMATS.flatMap(({ id }) =>
        [
          { template: templates.section[id], pinpoint: sectionPinpoint(s) },
          { template: templates.paragraph[id], pinpoint: { ...sectionPinpoint(s), paragraph: s.first, url: withAnchor(s.url, paragraphAnchor(s.first)) } },
        ].flatMap(({ template, pinpoint }) => {
          const want = formatCitation(id, work, pinpoint, date);
          const got = fillTemplate(id, template, { ...fill, paragraph: pinpoint.paragraph });
          return got === want ? [] : [`${id} template for “${s.title}”${pinpoint.paragraph ? ` ¶ ${pinpoint.paragraph}` : ''}:\n${got}\n≠ ${want}`];
        }),
      ),
    );
  });
}

/** The templates file for one article (see CiteData); the build stops if a template disagrees with the library. */
export function citeTemplates(work: CitationWork, sections: SectionPlace[]): CiteData {
  const templates = { section: citationTemplates(work, false), paragraph: citationTemplates(work, true), inText: inTextTemplates(work) };
  const errors = checkTemplates(work, templates, sections, new Date(Date.UTC(2026, 0, 9)));
  if (errors.length) throw new Error(`Cite box templates do not match the citation library:\n${errors.join('\n')}`);
  return { sections, ...templates, paragraphKey: citationKey(work, { paragraph: PLACEHOLDER.paragraph, url: PLACEHOLDER.url }) };
}

/**
 * What the cite box renders. Without `current` it cites the article (no pinpoint, so no access date,
 * and the article's files); with it, the section (title and stable URL), its paragraphs in the in-text
 * citations, and the section's files. A file is named by its entry's key.
 */
export function citeBoxFormats(work: CitationWork, current?: SectionPlace): CiteFormatView[] {
  const pinpoint = current && sectionPinpoint(current);
  const key = citationKey(work, pinpoint);
  const base = new URL(current ? current.url : work.url).pathname;
  return CITATION_FORMATS.map((f) => ({
    id: f.id,
    label: f.label,
    ...(f.download ? {} : { html: formatCitationHtml(f.id, work, pinpoint) }),
    ...(isCslStyle(f.id) ? { inText: inTextCitation(f.id, work, current) } : {}),
    ...(f.download ? { download: { href: citeFileUrl(base, f.download.extension), name: `${key}.${f.download.extension}`, ...f.download } } : {}),
  }));
}
