/**
 * The membership matrix, computed once: the post-Soviet states (by region, then name) × the organisations the site
 * record names, each cell with its standing, its ¶ sources and the number of its note; the notes below the table.
 */
import type { Digest } from '../digest/types.ts';
import { membershipLine } from '../entities/membership.ts';
import { membershipCell, type Membership } from '../entities/relations.ts';
import { andList, inWords, theArticles } from '../text.ts';
import { asOfUrl, memberUrl } from '../urls.ts';
import { entityLink, sourceLinks, type EntityLink, type SourceLink } from './shared.ts';

export interface MatrixCell {
  status: string;
  href: string;
  line: string;
  /** The ¶s that state it: they stay in the cell, where a reader checks them against the text in one step. */
  paragraphs: SourceLink[];
  /** The number of its note below the table, if it has one. */
  note?: number;
}

export interface MembershipPageView {
  asOfLabel: string;
  /** The edition's “as of” rule, which the date links to. */
  asOfHref: string;
  /** How many states and organisations the matrix crosses, as the introduction words them. */
  inWords: { states: string; organisations: string };
  /** "the article discusses" or "the articles discuss": whose organisations the matrix lists. */
  discussedBy: string;
  description: string;
  states: { link: EntityLink; region: string; cells: (MatrixCell | undefined)[] }[];
  organisations: { href: string; label: string }[];
  notes: { anchor: string; organisation: string; states: string[]; note?: string; sources: SourceLink[] }[];
}

export const matrixNoteAnchor = (n: number) => `matrix-note-${n}`;

export function membershipPage(d: Digest): MembershipPageView {
  const chosen = d.site.matrix.organisations;
  const regionOrder = d.entities.regions.map((r) => r.id);
  const states = d.entities.countries
    .filter((c) => c.data.postSoviet)
    .sort((a, b) => regionOrder.indexOf(a.data.region?.id ?? '') - regionOrder.indexOf(b.data.region?.id ?? '') || a.data.name.localeCompare(b.data.name));
  const orgs = d.entities.organisations.filter((o) => chosen.includes(o.id)).sort((a, b) => chosen.indexOf(a.id) - chosen.indexOf(b.id));
  const label = (o: (typeof orgs)[number]) => o.data.abbr ?? o.data.name;
  // Notes and public sources do not fit in a cell: each cell that has them points to a numbered note below the table,
  // one note per distinct remark (most entries of an organisation share its public source).
  const notes: { id: string; organisation: string; states: string[]; m: Membership }[] = [];
  const rows = states.map((s) => ({
    link: entityLink(d, 'countries', s.id),
    region: s.data.region ? d.entity('regions', s.data.region.id).data.name : '—',
    cells: orgs.map((o): MatrixCell | undefined => {
      const m = membershipCell(s.id, o.id, d.entities);
      if (!m) return undefined;
      const cell = { status: m.status, href: memberUrl(o.id, s.id), line: membershipLine(m), paragraphs: sourceLinks(d, (m.sources ?? []).filter((x) => x.paragraph)) };
      if (!m.note && !(m.sources ?? []).some((x) => !x.paragraph)) return cell;
      const key = JSON.stringify([o.id, m.note, m.sources]);
      let note = notes.find((n) => n.id === key);
      if (!note) notes.push((note = { id: key, organisation: label(o), states: [], m }));
      note.states.push(s.data.name);
      return { ...cell, note: notes.indexOf(note) + 1 };
    }),
  }));
  return {
    asOfLabel: d.asOf.label,
    asOfHref: asOfUrl(),
    inWords: { states: inWords(states.length), organisations: inWords(orgs.length) },
    discussedBy: theArticles(d.articles.length, 'discuss'),
    description: `Which post-Soviet states belong to ${andList(orgs.map((o) => `the ${label(o)}`))}, as of ${d.asOf.label}, with the source of each entry.`,
    states: rows,
    organisations: orgs.map((o) => ({ href: entityLink(d, 'organisations', o.id).href, label: label(o) })),
    notes: notes.map((n, i) => ({
      anchor: matrixNoteAnchor(i + 1),
      organisation: n.organisation,
      states: n.states,
      ...(n.m.note ? { note: n.m.note } : {}),
      sources: sourceLinks(d, n.m.sources ?? []),
    })),
  };
}
