/**
 * The URL scheme of DESIGN.md in one place, and the site's public address. Published URLs are kept forever:
 * change nothing here lightly.
 *
 * Every link the site writes goes through this module, so that the site can live in a folder of its host
 * (a GitHub Pages project site: https://<owner>.github.io/<repo>/). Paths elsewhere — the URL manifest,
 * content/redirects.yaml, a page's place in dist/ — are site paths, without the base: `/about/`.
 */
import type { EntityKind } from './entities/integrity.ts';
import { ARTICLES_ANCHOR, AS_OF_ANCHOR, memberAnchor, paragraphAnchor, sectionAnchor } from './anchors.ts';
import { pagePath } from './paging.ts';

/** The address `npm start`, preview and the tests build for (src/server/serve.mjs's default port). */
export const LOCAL_SITE_URL = 'http://localhost:4321';

type Env = Record<string, string | undefined>;

/** What a build without an address says, and how to give it one. */
export const MISSING_SITE_URL = [
  'SITE_URL is not set: a build meant for publishing needs the address it will be published at, or its canonical',
  'links, citations and sitemap would point to a local address. Set it, e.g.',
  '  SITE_URL=https://vectors.example.org npm run build',
  '  SITE_URL=https://example.org BASE_PATH=/vectors/ npm run build    (a site in a folder of its host)',
  `or build for this machine with "npm run build:local" (${LOCAL_SITE_URL}), as npm start and npm test do.`,
].join('\n');

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** `/vectors/` from `vectors`, `/vectors` or `/vectors/`; `/` from nothing. Refuses what is not a plain path. */
export function normaliseBase(raw: string | undefined): string {
  const segments = (raw ?? '').split('/').filter(Boolean);
  const bad = segments.find((s) => !SEGMENT.test(s) || s === '.' || s === '..');
  if (bad !== undefined || /[?#\\]/.test(raw ?? '')) {
    throw new Error(`BASE_PATH "${raw}" is not a folder path: use letters, digits and . _ ~ - between slashes, e.g. /vectors/`);
  }
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/**
 * The public address from the environment: SITE_URL (the origin, or the full address of the home page) and
 * BASE_PATH (the folder, when SITE_URL names only the origin). `build` refuses a missing SITE_URL; `dev` and
 * the other commands fall back to the local address.
 */
export function publicAddress(env: Env, command = 'build'): { site: string; base: string } {
  const raw = env.SITE_URL?.trim();
  if (!raw && command === 'build') throw new Error(MISSING_SITE_URL);
  let url: URL;
  try {
    url = new URL(raw || LOCAL_SITE_URL);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not an absolute address such as https://vectors.example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL "${raw}" must start with https:// or http://`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`SITE_URL "${raw}" must be an origin and path only, without ?query, #fragment or user`);
  const fromSite = normaliseBase(url.pathname);
  const base = env.BASE_PATH?.trim() ? normaliseBase(env.BASE_PATH) : fromSite;
  if (fromSite !== '/' && fromSite !== base) throw new Error(`SITE_URL "${raw}" and BASE_PATH "${env.BASE_PATH}" name different folders: set the folder in one of them`);
  return { site: url.origin + base, base };
}

/** The folder the site lives in, `/` or `/vectors/`: the same value astro.config.mjs gives Astro as `base`. */
export const BASE: string = publicAddress(globalThis.process?.env ?? {}, 'dev').base;

/** A site path (`/about/`) as the site links to it (`/vectors/about/`). */
export const href = (sitePath: string, base = BASE) => `${base}${sitePath.replace(/^\//, '')}`;
/** The reverse: a path on the host (`/vectors/about/`) as a site path (`/about/`), or null outside the site. */
export const sitePath = (hostPath: string, base = BASE) => (hostPath.startsWith(base) ? `/${hostPath.slice(base.length)}` : null);

/** The pages an article has beside its sections, by the URL segment each takes from the sections' namespace. */
export const ARTICLE_PAGE_SEGMENTS = { frontMatterRu: 'ru' } as const;

/** Site paths of the pages made from content: where each is in dist/, the URL manifest and redirects.yaml. */
export const sitePaths = {
  article: (article: string) => `/${article}/`,
  section: (article: string, section: string) => `/${article}/${section}/`,
  /** The article's front matter in Russian (title, byline, affiliation, abstract), beside its sections. */
  frontMatterRu: (article: string) => `/${article}/${ARTICLE_PAGE_SEGMENTS.frontMatterRu}/`,
  entity: (kind: EntityKind, id: string) => `/${kind}/${id}/`,
  /** What one article says of an entity, when the entity's own page sums that article up (src/lib/paging.ts). */
  entityInArticle: (kind: EntityKind, id: string, article: string) => `/${kind}/${id}/${article}/`,
  /** An article's edition notes, when /about/ does not hold them in full (src/lib/about.ts). */
  articleAbout: (article: string) => `/about/${article}/`,
  /** Page `n` of a paged view (`/timeline/` → `/timeline/page/2/`): see src/lib/paging.ts. */
  paged: pagePath,
};

export const homeUrl = () => href('/');
/** The home page's list of articles. */
export const articlesUrl = () => withAnchor(homeUrl(), ARTICLES_ANCHOR);
export const articleUrl = (article: string) => href(sitePaths.article(article));
export const sectionUrl = (article: string, section: string) => href(sitePaths.section(article, section));
export const frontMatterRuUrl = (article: string) => href(sitePaths.frontMatterRu(article));
/** A link to an anchor of the page it is on: the reading copy's contents, the skip link, a table's notes. */
export const fragment = (anchor: string) => `#${anchor}`;
/** An address with an anchor: a page's URL (relative or absolute) and an anchor on it. */
export const withAnchor = (url: string, anchor: string) => `${url}${fragment(anchor)}`;
const at = withAnchor;
export const paragraphUrl = (article: string, section: string, n: number) => at(sectionUrl(article, section), paragraphAnchor(n));
/** A section's heading in the article's reading copy. */
export const sectionInArticleUrl = (article: string, section: string) => at(articleUrl(article), sectionAnchor(section));
/** A page's citation file beside it (`cite.bib`, `cite.ris`, `cite.json`); `pageUrl` is the page's own address. */
export const citeFileUrl = (pageUrl: string, extension: string) => `${pageUrl}cite.${extension}`;
/** The cite box's templates of an article, fetched by its script for a paragraph's citation. */
export const citeTemplatesUrl = (article: string) => `${articleUrl(article)}cite-templates.json`;
export const entityIndexUrl = (kind: EntityKind) => href(`/${kind}/`);
export const entityUrl = (kind: EntityKind, id: string) => href(sitePaths.entity(kind, id));
export const entityInArticleUrl = (kind: EntityKind, id: string, article: string) => href(sitePaths.entityInArticle(kind, id, article));
/** A member state's row on an organisation's page. */
export const memberUrl = (organisation: string, country: string) => at(entityUrl('organisations', organisation), memberAnchor(country));
/** Name, kind and description of every entity, keyed by its page's address: what mention previews show. */
export const previewsUrl = () => fileUrl('previews.json');
export const searchUrl = (params: Record<string, string> = {}) => {
  const q = new URLSearchParams(params).toString();
  return q ? `${href('/search/')}?${q}` : href('/search/');
};
export const aboutUrl = (anchor?: string) => (anchor ? at(href('/about/'), anchor) : href('/about/'));
/** An article's edition notes: on /about/, or on /about/<article>/ where /about/ does not hold them (src/lib/about.ts decides). */
export const articleNotesUrl = (article: string, onAbout: boolean, anchor?: string) => {
  const page = onAbout ? href('/about/') : href(sitePaths.articleAbout(article));
  return anchor ? at(page, anchor) : page;
};
/** The About page's statement of the edition's "as of" rule. */
export const asOfUrl = () => aboutUrl(AS_OF_ANCHOR);
export const mapUrl = () => href('/map/');
export const membershipUrl = () => href('/membership/');
export const timelineUrl = () => href('/timeline/');
/** Site paths of the timeline's views (the whole, a region's, a country's): their first pages. */
export const timelinePaths = {
  all: () => '/timeline/',
  region: (region: string) => `/timeline/${region}/`,
  country: (country: string) => `/timeline/country/${country}/`,
};
export const timelineRegionUrl = (region: string) => href(timelinePaths.region(region));
export const timelineCountryUrl = (country: string) => href(timelinePaths.country(country));
/** A file the build writes at the site's root: favicon.png, sitemap-index.xml, the redirect script. */
export const fileUrl = (name: string, base = BASE) => href(`/${name}`, base);
/** A file of Pagefind's bundle (dist/pagefind/). */
export const pagefindUrl = (name: string) => href(`/pagefind/${name}`);
/** The open-data page, and each downloadable file beside it: `events.csv`, `events.json`, `events.schema.json`. */
export const dataUrl = () => href('/data/');
export const dataFileUrl = (file: string) => href(`/data/${file}`);
/** A dataset's fields and licence on the open-data page. */
export const datasetUrl = (dataset: string) => at(dataUrl(), dataset);
/** The Atom feed of the digest: articles added and corrections made. */
export const feedUrl = () => fileUrl('feed.xml');
/** A correction's row in the About page's list of changes to the received wording. */
