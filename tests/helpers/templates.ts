/**
 * One page per page template (each .astro file under src/pages/), for the accessibility sample in
 * tests/e2e/quality.spec.ts and the screenshots of `npm run shots`. Read from the build in dist/.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDir } from './dist.ts';
import { REAL_ARTICLE } from './two-articles.ts';
import { ARTICLE_PAGE_SEGMENTS } from '../../src/lib/urls.ts';

const pagesDir = fileURLToPath(new URL('../../src/pages/', import.meta.url));

/** The first page the build made from a dynamic route, e.g. the first country; undefined if none. */
const firstBuilt = (folder: string, skip: string[] = []) => {
  const id = readdirSync(join(distDir, folder), { withFileTypes: true }).filter((e) => e.isDirectory() && !skip.includes(e.name)).map((e) => e.name).sort()[0];
  return id && `/${folder}/${id}/`;
};

/** The first article in content/ (its id is its URL segment). */
const firstArticle = () => readdirSync(fileURLToPath(new URL('../../content/articles/', import.meta.url))).sort()[0];

const kinds = ['regions', 'countries', 'places', 'organisations', 'treaties', 'people'];

/** Template file → the page that shows it. */
export function templateSample(): Record<string, string | undefined> {
  const article = firstArticle();
  const ARTICLE = article && `/${article}/`;
  return {
    'index.astro': '/',
    '[article]/index.astro': ARTICLE,
    '[article]/[section].astro': ARTICLE && firstBuilt(article!, Object.values(ARTICLE_PAGE_SEGMENTS)),
    '[article]/ru.astro': ARTICLE && `${ARTICLE}${ARTICLE_PAGE_SEGMENTS.frontMatterRu}/`,
    'about.astro': '/about/',
    'membership.astro': '/membership/',
    'data/index.astro': '/data/',
    'map.astro': '/map/',
    'timeline.astro': '/timeline/',
    'timeline/[region].astro': firstBuilt('timeline', ['country']),
    'timeline/country/[id].astro': firstBuilt('timeline/country'),
    // With results and a filter chosen: the state with the most to check.
    'search.astro': '/search/?q=Kyiv&type=Article+section',
    '404.astro': '/no-such-page/',
    ...Object.fromEntries(kinds.flatMap((k) => [[`${k}/index.astro`, `/${k}/`], [`${k}/[id].astro`, firstBuilt(k)]])),
  };
}

/**
 * Templates that make pages only in a site of several articles, where a page that gathers every article's items
 * is split (src/lib/paging.ts): the published site of one article has none to sample, so the sample above leaves
 * them out and tests/e2e/two-articles.spec.ts checks each on the two-article test site, at these pages.
 */
export const SEVERAL_ARTICLE_TEMPLATES: Record<string, string> = {
  '[kind]/[id]/[article].astro': `/countries/russia/${REAL_ARTICLE}/`,
  'timeline/[...page].astro': '/timeline/page/2/',
  'about/[article].astro': `/about/${REAL_ARTICLE}/`,
};

/** Every .astro file under src/pages/, as a path relative to it, but those of SEVERAL_ARTICLE_TEMPLATES. */
export function astroTemplates(dir = pagesDir, prefix = ''): string[] {
  return allAstroTemplates(dir, prefix).filter((t) => !(t in SEVERAL_ARTICLE_TEMPLATES));
}

/** Every .astro file under src/pages/, as a path relative to it. */
export function allAstroTemplates(dir = pagesDir, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allAstroTemplates(dir, `${prefix}${e.name}/`) : e.name.endsWith('.astro') ? [`${prefix}${e.name}`] : [],
  );
}
