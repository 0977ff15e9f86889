/**
 * The datasets and the feed of this build, from `getDigest()`: the endpoints under src/pages/data/, the feed and the
 * /data/ page all call these, so the sizes the page states are those of the files it links. Made once per build.
 */
import { naturalName } from '../citation/names.ts';
import { getDigest, sourceUrl } from '../digest.ts';
import { sectionOfParagraph } from '../digest/articles.ts';
import { contentRoot } from '../paths.ts';
import { siteTitle } from '../site.ts';
import { notesUrl } from '../about.ts';
import { correctionAnchor } from '../anchors.ts';
import { articleUrl, feedUrl, homeUrl, paragraphUrl } from '../urls.ts';
import { dataFiles, datasets, loadDatasetLicences, type Dataset, type DatasetLicences } from './datasets.ts';
import { atomFeed } from './feed.ts';

export interface SiteData {
  datasets: Dataset[];
  files: Map<string, string>;
  licences: DatasetLicences;
  asOf: { date: string; label: string };
}

const cache = new Map<string, Promise<SiteData>>();

/** Every dataset and file of /data/ for a site address (Astro's `site`). */
export function getSiteData(site: URL | undefined): Promise<SiteData> {
  const base = site ?? new URL('http://localhost/');
  let hit = cache.get(base.href);
  if (!hit) cache.set(base.href, (hit = load(base)));
  return hit;
}

async function load(site: URL): Promise<SiteData> {
  const digest = await getDigest();
  const licences = loadDatasetLicences(contentRoot());
  const sets = datasets({ site, events: digest.events, articles: digest.articles, entities: digest.entities, sourceUrl: (ref) => sourceUrl(ref, digest.articles) });
  return { datasets: sets, files: dataFiles(sets, { site, asOf: digest.asOf.date, licences }), licences, asOf: digest.asOf };
}

/** The Atom feed of this build. */
export async function getFeed(site: URL | undefined): Promise<string> {
  const base = site ?? new URL('http://localhost/');
  const abs = (path: string) => new URL(path, base).href;
  const digest = await getDigest();
  const { articles, site: record } = digest;
  return atomFeed({
    url: abs(feedUrl()),
    home: abs(homeUrl()),
    title: `${siteTitle(record)}: articles and corrections`,
    subtitle: 'Articles added to this edition and corrections made to their texts.',
    author: siteTitle(record),
    articles: articles.map((a) => {
      const r = a.record;
      const sectionOf = (n: number) => sectionOfParagraph(a, n)!.data.id;
      return {
        url: abs(articleUrl(a.id)),
        title: r.title.en,
        authors: r.authors.map(naturalName),
        added: r.added,
        citation: `${r.journal.title} ${r.year};${r.volume}(${r.issue}):${r.pages.first}–${r.pages.last}`,
        corrections: a.corrections.map((c) => ({
          id: c.id,
          url: abs(notesUrl(digest, a.id, correctionAnchor(c.id))),
          paragraphUrl: abs(paragraphUrl(a.id, sectionOf(c.paragraph), c.paragraph)),
          paragraph: c.paragraph,
          before: c.before,
          after: c.after,
          reason: c.reason,
          ...(c.date ? { date: c.date } : {}),
        })),
      };
    }),
  });
}
