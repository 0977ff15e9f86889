/**
 * The structural rules of Atom (RFC 4287) that a lenient feed reader does not enforce: well-formed XML, the Atom
 * namespace, exactly one id, title and updated on the feed and on every entry, an author on the feed or on every
 * entry, an alternate link on every entry that has no content, absolute IRIs as ids, RFC 3339 date-times, no id twice,
 * and at most one alternate link per type on an element (§4.1.1, §4.1.2, §4.2.7.2, §3.3). Returns the problems found.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]) as Node[];
const text = (v: unknown): string => (typeof v === 'object' && v !== null ? String((v as Node)['#text'] ?? '') : String(v ?? ''));

export function atomProblems(xml: string): string[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'author', 'id', 'title', 'updated'].includes(name) }).parse(xml) as Node;
  const feed = doc.feed as Node | undefined;
  if (!feed) return ['the root element is not <feed>'];
  const problems: string[] = [];
  if (feed['@xmlns'] !== ATOM) problems.push(`<feed> is not in the Atom namespace ${ATOM}`);
  const ids = new Set<string>();
  const element = (node: Node, where: string, authorRequired: boolean) => {
    for (const name of ['id', 'title', 'updated']) {
      const n = list(node[name]).length;
      if (n !== 1) problems.push(`${where}: ${n} <${name}> elements, Atom requires exactly one`);
    }
    const id = text(list(node.id)[0]);
    try {
      if (!new URL(id).protocol) throw new Error();
    } catch {
      problems.push(`${where}: <id> "${id}" is not an absolute IRI`);
    }
    if (ids.has(id)) problems.push(`${where}: <id> "${id}" is used twice`);
    ids.add(id);
    const updated = text(list(node.updated)[0]);
    if (!RFC3339.test(updated) || Number.isNaN(Date.parse(updated))) problems.push(`${where}: <updated> "${updated}" is not an RFC 3339 date-time`);
    if (authorRequired && !list(node.author).some((a) => text(a.name))) problems.push(`${where}: no <author> with a <name>, and the feed has none`);
    const alternates = list(node.link).filter((l) => (l['@rel'] ?? 'alternate') === 'alternate');
    const types = alternates.map((l) => `${l['@type'] ?? ''} ${l['@hreflang'] ?? ''}`);
    if (new Set(types).size !== types.length) problems.push(`${where}: more than one alternate link of the same type`);
    for (const l of list(node.link)) if (!l['@href']) problems.push(`${where}: a <link> without href`);
    return alternates;
  };
  const feedHasAuthor = list(feed.author).some((a) => text(a.name));
  element(feed, 'feed', false);
  list(feed.entry).forEach((e, i) => {
    const alternates = element(e, `entry ${i + 1} (${text(list(e.id)[0])})`, !feedHasAuthor);
    if (!alternates.length && e.content === undefined) problems.push(`entry ${i + 1}: neither content nor a rel="alternate" link`);
  });
  return problems;
}
