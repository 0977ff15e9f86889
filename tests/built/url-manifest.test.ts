/**
 * Published URLs are kept forever: every URL and anchor in content/url-manifest.txt is still served by
 * the build, or redirected (content/redirects.yaml) to a page that has it. A URL the build serves is only
 * protected once it is listed, so a new one fails this test until `npm run urls:update` adds it.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { builtUrls, manifestFile, servedUrls } from '../tools/url-manifest.mjs';
import { loadRedirects } from '../../src/integrations/redirects.ts';
import { missingFromBuild, parseManifest, redirectsFile } from '../../src/lib/manifest.ts';
import { projectRoot } from '../helpers/build.ts';
import { distDir, requireDist } from '../helpers/dist.ts';

requireDist();
const manifest = parseManifest(readFileSync(manifestFile, 'utf8'));
const redirects = loadRedirects(join(projectRoot, 'content/redirects.yaml'));
const built: Set<string> = builtUrls(distDir);

test('the manifest lists the article, its sections, their ¶ anchors and the citation files', () => {
  for (const url of ['/karpovich-davydova-2021/', '/karpovich-davydova-2021/georgia/', '/karpovich-davydova-2021/georgia/#p41', '/karpovich-davydova-2021/#p41', '/karpovich-davydova-2021/cite.bib']) {
    assert.ok(manifest.includes(url), url);
  }
});

test('the build serves every URL and anchor in the manifest, or redirects it to a page that has it', () => {
  const missing = missingFromBuild(manifest, servedUrls(distDir), redirects);
  assert.deepEqual(missing, [], `Published URLs are gone. Restore them, or add redirects (old path: new path) to content/redirects.yaml:\n  ${missing.join('\n  ')}`);
});

test('every redirect leads to a page the build has, and dist/_redirects lists them all', () => {
  for (const [from, to] of Object.entries(redirects)) assert.ok(built.has(to) || to in redirects, `${from} → ${to}: no such page`);
  assert.ok(existsSync(join(distDir, '_redirects')), 'dist/_redirects is missing');
  assert.equal(readFileSync(join(distDir, '_redirects'), 'utf8'), redirectsFile(redirects));
});

test('every URL and anchor the build serves is in the manifest, so that it is kept from now on', () => {
  const known = new Set(manifest);
  const fresh = [...built].filter((u) => !known.has(u));
  assert.deepEqual(fresh, [], `${fresh.length} URLs are served but not yet in content/url-manifest.txt; run npm run urls:update after the build and commit the file:\n  ${fresh.slice(0, 20).join('\n  ')}`);
});
