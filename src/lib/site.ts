/**
 * The digest's own record (content/site.yaml): its name, the order regions are listed in, the map's
 * neighbours and the membership matrix's columns. Choices about one digest's content live there, not in
 * the templates, so a second digest (or a test site) makes its own.
 */
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { schemas } from './schemas.ts';
import { readYamlRecord } from './yaml-record.ts';

export type SiteRecord = z.output<typeof schemas.site>;

export function loadSite(contentRoot: string): SiteRecord {
  return readYamlRecord(join(contentRoot, 'site.yaml'), 'site', "names the site and the order its pages list regions in (see content/guide/README.md)");
}

/** The site's full title: the home page's heading and every other page title's suffix. */
export function siteTitle(site: Pick<SiteRecord, 'name' | 'tagline'>): string {
  return site.tagline ? `${site.name} — ${site.tagline}` : site.name;
}

/** Ids that a site record names but the content does not hold, as messages naming the field. */
export function siteRefErrors(file: string, site: SiteRecord, ids: { regions: Set<string>; countries: Set<string>; organisations: Set<string> }): string[] {
  const check = (field: string, list: string[], known: Set<string>, kind: string) =>
    list.flatMap((id, i) => (known.has(id) ? [] : [`${file}: field "${field}.${i}": unknown ${kind} id "${id}"`]));
  return [
    ...check('regionOrder', site.regionOrder, ids.regions, 'region'),
    ...check('map.neighbours', site.map.neighbours, ids.countries, 'country'),
    ...check('matrix.organisations', site.matrix.organisations, ids.organisations, 'organisation'),
  ];
}

/** Records in the site's region order; regions it does not list follow, by id. */
export function inRegionOrder<T extends { id: string }>(regions: readonly T[], order: readonly string[]): T[] {
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  };
  return [...regions].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}
