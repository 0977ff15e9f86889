/**
 * The two-article test site: the real content/ plus the synthetic, labelled test article of
 * tests/fixtures/two-articles/ (its README says what it is). The published site never holds the second article.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { buildSite, projectRoot, type BuildResult } from './build.ts';

/** Where `npm run build:two-articles` builds the test site (gitignored). */
export const TWO_ARTICLES_DIST = join(projectRoot, '.tmp/two-articles/dist');

/** The site's own article (content/ holds one), and the test article's id. */
export const [REAL_ARTICLE] = readdirSync(join(projectRoot, 'content/articles')) as [string];
export const TEST_ARTICLE = 'test-synthetic';
/** The two articles' titles, read from their records. */
export const titleOf = (articleDir: string): string => (yaml.load(readFileSync(join(articleDir, 'article.yaml'), 'utf8')) as { title: { en: string } }).title.en;
export const REAL_TITLE = titleOf(join(projectRoot, 'content/articles', REAL_ARTICLE));
export const TEST_TITLE = titleOf(join(projectRoot, 'tests/fixtures/two-articles/articles', TEST_ARTICLE));
/**
 * The test site's paging (content/site.yaml's `paging`): a timeline page of fewer events than the two articles
 * report, so that it has a page 2, and room on /about/ for the test article's notes but not the real one's, so
 * that /about/<article>/ is built. Entity pages keep the default, which already splits the real article's share
 * of /countries/russia/ out to /countries/russia/<article>/ and lists the test article's in full.
 */
export const TEST_PAGING = { timelineEvents: 40, aboutItems: 20 };

/** A content folder in the OS temp folder holding both articles; the caller removes it. */
export function twoArticleContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'digest-two-articles-'));
  cpSync(join(projectRoot, 'content'), dir, { recursive: true, filter: (src) => !src.includes('/content/guide') });
  cpSync(join(projectRoot, 'tests/fixtures/two-articles/articles'), join(dir, 'articles'), { recursive: true });
  const site = yaml.load(readFileSync(join(dir, 'site.yaml'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'site.yaml'), yaml.dump({ ...site, paging: { ...(site.paging as object), ...TEST_PAGING } }));
  return dir;
}

/** Builds the two-article site into `outDir` (`npm run build:two-articles`, or the spec when no build is there). */
export function buildTwoArticleSite(outDir: string): BuildResult {
  const content = twoArticleContent();
  try {
    return buildSite(content, outDir);
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
}
