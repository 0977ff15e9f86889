import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadSite, siteRefErrors, siteTitle } from '../../src/lib/site.ts';

const folderWith = (text?: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'site-record-'));
  if (text !== undefined) writeFileSync(join(dir, 'site.yaml'), text);
  return dir;
};

describe('the site record', () => {
  test('is read with defaults for what a small site leaves out', () => {
    const site = loadSite(folderWith('name: A digest\ndescription: Tests.\n'));
    assert.deepEqual(site, {
      name: 'A digest',
      description: 'Tests.',
      regionOrder: [],
      map: { neighbours: [] },
      matrix: { organisations: [] },
      paging: { entityItems: 60, timelineEvents: 60, aboutItems: 120 },
    });
  });

  test('paging takes positive whole numbers, and refuses anything else naming the field', () => {
    assert.equal(loadSite(folderWith('name: A\ndescription: B\npaging: { timelineEvents: 40 }\n')).paging.timelineEvents, 40);
    assert.throws(() => loadSite(folderWith('name: A\ndescription: B\npaging: { entityItems: 0 }\n')), /field "paging\.entityItems"/);
  });

  test('titles pages with the name and, where there is one, the tagline', () => {
    assert.equal(siteTitle({ name: 'Vectors', tagline: 'a research digest' }), 'Vectors — a research digest');
    assert.equal(siteTitle({ name: 'A digest' }), 'A digest');
  });

  test('a missing file is named with what it is for', () => {
    const dir = folderWith();
    assert.throws(() => loadSite(dir), { message: `${join(dir, 'site.yaml')}: missing; it names the site and the order its pages list regions in (see content/guide/README.md)` });
  });

  test('a misspelt field is refused, naming the file and the field', () => {
    const dir = folderWith('name: A digest\ndescription: Tests.\nneighbors: [iran]\n');
    assert.throws(() => loadSite(dir), {
      message: `${join(dir, 'site.yaml')}, line 3: field "neighbors" is not a field of the site record (a misspelling, or a field this edition does not have); found ["iran"]`,
    });
  });

  test('ids it names must exist, each reported with its field and value', () => {
    const site = loadSite(folderWith('name: A\ndescription: B\nregionOrder: [test-region, atlantis]\nmap: { neighbours: [iran] }\nmatrix: { organisations: [test-org, nato] }\n'));
    assert.deepEqual(siteRefErrors('site.yaml', site, { regions: new Set(['test-region']), countries: new Set(['georgia']), organisations: new Set(['test-org']) }), [
      'site.yaml: field "regionOrder.1": unknown region id "atlantis"',
      'site.yaml: field "map.neighbours.0": unknown country id "iran"',
      'site.yaml: field "matrix.organisations.1": unknown organisation id "nato"',
    ]);
  });
});
