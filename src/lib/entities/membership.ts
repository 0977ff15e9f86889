/**
 * How a membership reads on a page. `since` is when the membership began and `statusSince` when its present status
 * began (a suspension, an associate status): showing the first as the date of the second turned "rejoined in 2006,
 * suspended in 2012" into "suspended since 2006". Pages take their wording from here so they cannot disagree.
 */
import { formatSpan, mustParseSpan } from '../timeline/dates.ts';

export interface MembershipDates {
  status: string;
  since?: string;
  statusSince?: string;
  until?: string;
}

/** The status in words. */
export const STATUS_LABEL: Record<string, string> = {
  member: 'member',
  founder: 'founding state',
  associate: 'associate member',
  observer: 'observer',
  suspended: 'suspended',
  former: 'former member',
};

const fmt = (d?: string) => (d ? formatSpan(mustParseSpan(d)) : undefined);

/** The status with the date it began, where that differs from the joining date: "suspended since 2012", "member". */
export function statusPhrase(m: MembershipDates): string {
  const label = STATUS_LABEL[m.status] ?? m.status;
  return m.statusSince ? `${label} since ${fmt(m.statusSince)}` : label;
}

/** The membership's dates in words: when it began and when it ended. */
export function membershipDates(m: MembershipDates): { joined?: string; ended?: string } {
  return { joined: fmt(m.since), ended: fmt(m.until) };
}

/** One line for a compact cell: "suspended since 2012; member from 2006", "member since 2002", "former member, 1995–2000". */
export function membershipLine(m: MembershipDates): string {
  const { joined, ended } = membershipDates(m);
  const label = STATUS_LABEL[m.status] ?? m.status;
  if (m.status === 'former' || (ended && !m.statusSince)) return `${label}${joined || ended ? `, ${joined ?? '?'}–${ended ?? ''}` : ''}`;
  if (m.statusSince) return [statusPhrase(m), joined && `member from ${joined}`, ended && `until ${ended}`].filter(Boolean).join('; ');
  if (m.status === 'founder') return joined ? `${label}, ${joined}` : label;
  return joined ? `${label} since ${joined}` : label;
}
