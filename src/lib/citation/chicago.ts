/**
 * Chicago author-date reference-list entry (CMOS 17/18, 15.9 and 15.48): names as fully as the record
 * confirms them, headline-style title, "Journal 8 (3): 315–30", DOI as a URL, every element closed
 * with a full stop.
 */
import type { CitationWork, Pinpoint } from './types.ts';
import { abbreviatedRange, closeSentence, doiUrl, headlineCase, invertedFirstList, quoted, usDate, utcParts } from './shared.ts';

/**
 * With a pinpoint: the locator in CMOS's own words for reflowable text (14.160, "under “Heading”",
 * and "para." per 13.117), then the access date before the URL, where CMOS 14.12 places it.
 */
function pinpointPart(pinpoint: Pinpoint, accessed?: Date): string {
  const parts: string[] = [];
  if (pinpoint.sectionTitle && pinpoint.paragraph !== undefined) {
    parts.push(`Under ${quoted(pinpoint.sectionTitle, ',')} para. ${pinpoint.paragraph}.`);
  } else if (pinpoint.sectionTitle) {
    parts.push(`Under ${quoted(pinpoint.sectionTitle, '.')}`);
  } else if (pinpoint.paragraph !== undefined) {
    parts.push(`Para. ${pinpoint.paragraph}.`);
  }
  if (accessed) parts.push(`Accessed ${usDate(utcParts(accessed))}.`);
  parts.push(`${pinpoint.url}.`);
  return parts.join(' ');
}

export function chicago(work: CitationWork, pinpoint?: Pinpoint, accessed?: Date): string {
  const { pages } = work;
  const entry = [
    closeSentence(invertedFirstList(work.authors)),
    `${work.year}.`,
    quoted(headlineCase(work.title), '.'),
    `${work.journal.title} ${work.volume} (${work.issue}): ${abbreviatedRange(pages.first, pages.last, 'chicago')}.`,
    `${doiUrl(work.doi)}.`,
  ].join(' ');
  return pinpoint ? `${entry} ${pinpointPart(pinpoint, accessed)}` : entry;
}
