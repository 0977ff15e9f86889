/**
 * GOST R 7.0.100-2018 description of a journal article (a component part): heading, title, statement
 * of responsibility after "/", the host after "//", areas separated by ". – " (en dash).
 *
 * Choices, all within the standard:
 * - The description is in the language of the article (English), so English terms and abbreviations
 *   are used ("Vol.", "No.", "P.") and the access date reads "(date of access: DD.MM.YYYY)" rather
 *   than «(дата обращения: …)».
 * - The content-type area ("Text : electronic") is left out, as most journals that follow the standard
 *   do in reference lists.
 * - Page numbers stay whole (315–330): GOST does not abbreviate ranges.
 */
import type { CitationWork, Pinpoint } from './types.ts';
import { initialsOf } from './names.ts';
import { dottedDate, fullRange, utcParts } from './shared.ts';

const SEP = '. – ';

// Up to three authors: the first heads the description. Four or more: it opens with the title.
// After "/" up to four names are given in full; beyond that the first three and "[et al.]".
function responsibility(work: CitationWork): { heading: string | undefined; statement: string } {
  const natural = work.authors.map((a) => `${initialsOf(a.given)} ${a.family}`);
  const statement = natural.length <= 4 ? natural.join(', ') : `${natural.slice(0, 3).join(', ')} [et al.]`;
  const first = work.authors[0];
  return { heading: work.authors.length <= 3 && first ? `${first.family}, ${initialsOf(first.given)}` : undefined, statement };
}

/**
 * The place in this edition goes last, in the notes area where the standard puts URLs: the locator,
 * then "URL:" and the access date (when one is given) in parentheses.
 */
function pinpointAreas(pinpoint: Pinpoint, accessed?: Date): string[] {
  const locator: string[] = [];
  if (pinpoint.sectionTitle) locator.push(`Section “${pinpoint.sectionTitle}”`);
  if (pinpoint.paragraph !== undefined) locator.push(`para. ${pinpoint.paragraph}`);
  const url = accessed ? `URL: ${pinpoint.url} (date of access: ${dottedDate(utcParts(accessed))})` : `URL: ${pinpoint.url}`;
  return locator.length ? [locator.join(', ').replace(/^p/, 'P'), url] : [url];
}

export function gost(work: CitationWork, pinpoint?: Pinpoint, accessed?: Date): string {
  const { heading, statement } = responsibility(work);
  // Heading ends "O. G." and the title follows after a space; the initials' own point closes it.
  const title = `${heading ? `${heading} ` : ''}${work.title} / ${statement} // ${work.journal.title}`;
  const areas = [
    title,
    String(work.year),
    `Vol. ${work.volume}, No. ${work.issue}`,
    `P. ${fullRange(work.pages.first, work.pages.last)}`,
    `DOI ${work.doi}`,
    ...(pinpoint ? pinpointAreas(pinpoint, accessed) : []),
  ];
  return `${areas.join(SEP)}.`;
}
