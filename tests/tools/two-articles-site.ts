/**
 * `npm run build:two-articles`: builds the two-article test site (tests/helpers/two-articles.ts) into
 * .tmp/two-articles/dist, where tests/e2e/two-articles.spec.ts finds it. `npm test` runs it right after the
 * site's own build, so that no two builds run at once (tests/run.mjs); the spec builds it itself when the
 * folder is missing.
 */
import { rmSync } from 'node:fs';
import { buildTwoArticleSite, TWO_ARTICLES_DIST } from '../helpers/two-articles.ts';

rmSync(TWO_ARTICLES_DIST, { recursive: true, force: true });
const r = buildTwoArticleSite(TWO_ARTICLES_DIST);
if (r.status !== 0) {
  console.error(r.output.slice(-4000));
  console.error('the two-article test site did not build');
  process.exit(1);
}
console.log(`two-article test site built in ${TWO_ARTICLES_DIST}`);
