/**
 * MLA 9 works-cited entry for a journal article: Author. “Title.” Journal, vol. 8, no. 3, 2021,
 * pp. 315–30, https://doi.org/… . Only the year is given because the month is not known.
 */
import type { CitationWork, Pinpoint } from './types.ts';
import { abbreviatedRange, capitalise, closeSentence, doiUrl, givenOrInitials, headlineCase, invertedFirstList, mlaDate, quoted, utcParts } from './shared.ts';

// MLA 9 (5.6): two authors are both named; three or more become the first and "et al."
function authors(work: CitationWork): string {
  const [first] = work.authors;
  if (work.authors.length >= 3 && first) return `${first.family}, ${givenOrInitials(first)}, et al.`;
  return closeSentence(invertedFirstList(work.authors));
}

/**
 * This edition as a second container with no title of its own: the section (quoted, as MLA quotes the
 * title of a part) and "par." (MLA's abbreviation), then its URL as the location; the access date is
 * MLA's optional closing element.
 */
function pinpointPart(pinpoint: Pinpoint, accessed?: Date): string {
  const section = pinpoint.sectionTitle ? `${quoted(pinpoint.sectionTitle, ',')} ` : '';
  const rest = [pinpoint.paragraph !== undefined ? `par. ${pinpoint.paragraph}` : '', pinpoint.url].filter(Boolean);
  const container = capitalise(section + rest.join(', '));
  return accessed ? `${container}. Accessed ${mlaDate(utcParts(accessed))}.` : `${container}.`;
}

export function mla(work: CitationWork, pinpoint?: Pinpoint, accessed?: Date): string {
  const { pages } = work;
  const range = pages.last > pages.first ? `pp. ${abbreviatedRange(pages.first, pages.last, 'mla')}` : `p. ${pages.first}`;
  const entry = [
    authors(work),
    quoted(headlineCase(work.title), '.'),
    `${work.journal.title}, vol. ${work.volume}, no. ${work.issue}, ${work.year}, ${range}, ${doiUrl(work.doi)}.`,
  ].join(' ');
  return pinpoint ? `${entry} ${pinpointPart(pinpoint, accessed)}` : entry;
}
