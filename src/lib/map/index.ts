/**
 * Build-time SVG maps of the post-Soviet space: `renderMap(options)` returns an SVG string, with no
 * DOM and no client script. Same input, same string.
 *
 * Structure of the output, and the classes the site's CSS styles (there are no style attributes and
 * no <style> element: the site's CSP forbids inline styles):
 *
 *   svg.map.map-<size>               role="group" (role="img" when `links: false`), named by its
 *                                      <title>, described by its <desc>
 *     g.map-background               aria-hidden; every other country in view, greyed
 *       path.map-land
 *     g.map-countries
 *       a.map-link                   one per listed country, aria-label = its name (a plain
 *                                      g.map-shape instead when `links: false`: a locator is a
 *                                      picture, not a row of tab stops)
 *         path.map-country           + .region-<group id> (colour by group) or .neighbour (no group);
 *                                      in highlight mode only the highlighted one keeps that class,
 *                                      and it adds .is-highlighted (the others are plain .map-country)
 *           title                    the name, as a tooltip
 *         text.map-label             the name, inside the shape, where it fits (full size only)
 *     g.map-places
 *       a.map-place                  one per place, aria-label = its name (g.map-place when
 *                                      `links: false`)
 *         circle.map-place-marker
 *         text.map-place-label          (full and compact sizes)
 *
 * Label placement assumes `.map-label { font-size: 11px }` and `.map-place-label { font-size: 10px }`
 * (LABEL_FONT_SIZE). `text-anchor` is written as an attribute because placement depends on it;
 * presentation attributes are not inline styles and CSP does not block them.
 *
 * Borders are Natural Earth's (world-atlas 2.0.2) with one correction: Crimea is drawn as part of
 * Ukraine (see data.ts).
 */
import { andList } from '../text.ts';
import { geoPath } from 'd3-geo';
import { CRIMEA_POINT, loadCountries, thinnedCountries, type CountryFeature } from './data.ts';
import { LABEL_FONT_SIZE, Occupancy, markerBox, placeCountryLabel, placePlaceLabel, type Label } from './labels.ts';
import { pathData } from './path.ts';
import { SIZES, fitProjection, type MapSize } from './projection.ts';
import { attrs, coord, esc } from './svg.ts';

export { LABEL_FONT_SIZE, SIZES };
export type { MapSize };

export interface MapCountry {
  id: string;
  /** ISO 3166-1 numeric code, zero-padded ("051"): the key of the shape in world-atlas. */
  isoNumeric: string;
  name: string;
  href: string;
  /** The region group's id (→ class region-<id>); undefined for a neighbour. */
  group?: string;
}

export interface MapPlace {
  id: string;
  name: string;
  href: string;
  /** [longitude, latitude] */
  coordinates: [number, number];
}

export interface MapGroup {
  id: string;
  name: string;
}

export interface MapOptions {
  /** The states drawn as links; the projection is fitted to them. */
  countries: MapCountry[];
  /** Region groups: colour classes, and the order the description lists them in. */
  groups: MapGroup[];
  /** Point markers with labels. */
  places?: MapPlace[];
  /** A country id: locator mode, that country emphasised, the others plain. */
  highlight?: string;
  size: MapSize;
  /** Accessible name of the whole map. */
  title: string;
  /** Keeps ids unique when several maps share a page. */
  idPrefix?: string;
  /**
   * Whether countries and places are links (default true). With `false` the map is one image
   * (role="img") with no focusable parts, e.g. a locator beside a country's own page.
   */
  links?: boolean;
  /**
   * Name states whose name does not fit inside their shape across its edges, where there is room
   * (full size only; see placeCountryLabel). Off by default.
   */
  labelOverflow?: boolean;
  /** A place whose marker falls outside the map: an error (default), or left out silently. */
  outsidePlaces?: 'error' | 'skip';
}

const CLASS_SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Input errors are thrown with the offending id in the message, so a bad content file is easy to find. */
function validate(opts: MapOptions, features: Map<string, CountryFeature>, scale: string): void {
  if (opts.countries.length === 0) throw new Error('renderMap: no countries to draw');
  const groupIds = new Set<string>();
  for (const g of opts.groups) {
    if (!CLASS_SAFE.test(g.id)) throw new Error(`renderMap: group id "${g.id}" cannot be used in a class name`);
    if (groupIds.has(g.id)) throw new Error(`renderMap: group "${g.id}" is listed twice`);
    groupIds.add(g.id);
  }
  const ids = new Set<string>();
  const codes = new Map<string, string>();
  for (const c of opts.countries) {
    if (ids.has(c.id)) throw new Error(`renderMap: country "${c.id}" is listed twice`);
    ids.add(c.id);
    if (!features.has(c.isoNumeric) || !/^\d{3}$/.test(c.isoNumeric)) {
      throw new Error(`renderMap: country "${c.id}" has ISO numeric code "${c.isoNumeric}", which world-atlas (${scale}) does not know`);
    }
    const other = codes.get(c.isoNumeric);
    if (other) throw new Error(`renderMap: countries "${other}" and "${c.id}" share ISO numeric code ${c.isoNumeric}`);
    codes.set(c.isoNumeric, c.id);
    if (c.group !== undefined && !groupIds.has(c.group)) throw new Error(`renderMap: country "${c.id}" is in unknown group "${c.group}"`);
  }
  if (opts.highlight !== undefined && !ids.has(opts.highlight)) {
    throw new Error(`renderMap: highlight "${opts.highlight}" is not one of the countries drawn`);
  }
  const placeIds = new Set<string>();
  for (const p of opts.places ?? []) {
    if (placeIds.has(p.id)) throw new Error(`renderMap: place "${p.id}" is listed twice`);
    placeIds.add(p.id);
  }
  if (opts.idPrefix !== undefined && !/^[A-Za-z][\w-]*$/.test(opts.idPrefix)) {
    throw new Error(`renderMap: idPrefix "${opts.idPrefix}" is not usable as the start of an id`);
  }
}



/** What a screen-reader user should know that the links alone do not say. */
function description(opts: MapOptions, crimeaInView: boolean, marked: MapPlace[]): string {
  const parts: string[] = [];
  if (opts.highlight !== undefined) {
    parts.push(`Locator map: ${opts.countries.find((c) => c.id === opts.highlight)!.name} is highlighted.`);
  }
  for (const g of opts.groups) {
    const members = opts.countries.filter((c) => c.group === g.id).map((c) => c.name);
    // A group of one state named after it (Russia) is named once, not "Russia: Russia".
    if (members.length === 1 && members[0] === g.name) parts.push(`${g.name}.`);
    else if (members.length) parts.push(`${g.name}: ${andList(members)}.`);
  }
  const neighbours = opts.countries.filter((c) => c.group === undefined).map((c) => c.name);
  if (neighbours.length) parts.push(`Also shown: ${andList(neighbours)}.`);
  const places = marked.map((p) => p.name);
  if (places.length) parts.push(`Marked: ${andList(places)}.`);
  parts.push(crimeaInView ? 'Internationally recognised borders; Crimea is shown as part of Ukraine.' : 'Internationally recognised borders.');
  return parts.join(' ');
}

export function renderMap(opts: MapOptions): string {
  const size = SIZES[opts.size];
  if (!size) throw new Error(`renderMap: unknown size "${String(opts.size)}"`);
  const { width, height, precision, minRingArea } = size;
  const features = loadCountries(size.scale);
  validate(opts, features, size.scale);

  const prefix = opts.idPrefix ?? 'map';
  const onMap = (xy: [number, number] | null): xy is [number, number] => xy != null && xy[0] >= 0 && xy[0] <= width && xy[1] >= 0 && xy[1] <= height;
  const drawn = opts.countries.map((c) => features.get(c.isoNumeric)!);
  const projection = fitProjection(size, drawn);
  // Outlines are drawn from the thinned shapes; labels are placed on the full ones.
  const outlines = size.thinArea ? thinnedCountries(size.scale, projection, size.thinArea) : features;
  const listedCodes = new Set(opts.countries.map((c) => c.isoNumeric));

  // Background: every other country, as one path (one element, no per-shape overhead); shapes
  // wholly outside the clip extent come back empty and cost nothing.
  let land = '';
  for (const [code, f] of outlines) if (!listedCodes.has(code)) land += pathData(projection, f, precision, minRingArea);

  // The highlighted country goes last, so no neighbour's outline is drawn over its outline.
  const ordered = [...opts.countries].sort((a, b) => Number(a.id === opts.highlight) - Number(b.id === opts.highlight));

  // Labels: place markers and their names first (they must be labelled), then country names
  // largest first where they fit; the order is fixed, so placement is deterministic.
  const taken = new Occupancy(width, height, 2);
  const placeMarks = (opts.places ?? []).flatMap((p) => {
    const xy = projection(p.coordinates);
    if (!onMap(xy)) {
      if (opts.outsidePlaces === 'skip') return [];
      throw new Error(`renderMap: place "${p.id}" at [${p.coordinates.join(', ')}] lies outside the map`);
    }
    taken.take(markerBox(xy[0], xy[1], size.markerRadius));
    return [{ place: p, x: xy[0], y: xy[1] }];
  });
  const placeLabels = new Map<string, Label>();
  if (size.placeLabels) {
    for (const m of placeMarks) placeLabels.set(m.place.id, placePlaceLabel(m.x, m.y, size.markerRadius, m.place.name, taken));
  }
  const countryLabels = new Map<string, Label>();
  if (size.countryLabels) {
    const path = geoPath(projection);
    const byArea = opts.countries.map((c) => {
      const f = features.get(c.isoNumeric)!;
      return { c, f, area: path.area(f) };
    });
    // Largest first: big states are easy to label and anchor the layout; ties go by id.
    byArea.sort((a, b) => b.area - a.area || a.c.id.localeCompare(b.c.id));
    for (const { c, f } of byArea) {
      const label = placeCountryLabel(projection, f, c.name, taken);
      if (label) countryLabels.set(c.id, label);
    }
    // Second pass, after every name that fits inside has its place: the rest may overflow.
    if (opts.labelOverflow) {
      for (const { c, f } of byArea.filter(({ c }) => !countryLabels.has(c.id))) {
        const label = placeCountryLabel(projection, f, c.name, taken, true);
        if (label) countryLabels.set(c.id, label);
      }
    }
  }

  const links = opts.links ?? true;
  // The wrapper of one country or place: a named link, or (links: false) a plain group.
  const open = (cls: string, href: string, name: string) =>
    links ? `<a${attrs({ class: cls, href, 'aria-label': name })}>` : `<g${attrs({ class: cls })}>`;
  const close = links ? '</a>' : '</g>';

  const text = (cls: string, l: Label, name: string) =>
    `<text${attrs({ class: cls, x: coord(l.x), y: coord(l.y), 'text-anchor': l.anchor })}>${esc(name)}</text>`;

  const countries = ordered
    .map((c) => {
      const highlighted = c.id === opts.highlight;
      const colour = c.group !== undefined ? `region-${c.group}` : 'neighbour';
      const cls = opts.highlight === undefined ? `map-country ${colour}` : highlighted ? `map-country ${colour} is-highlighted` : 'map-country';
      const d = pathData(projection, outlines.get(c.isoNumeric)!, precision, minRingArea);
      const label = countryLabels.get(c.id);
      return (
        open(links ? 'map-link' : 'map-shape', c.href, c.name) +
        `<path${attrs({ class: cls, d })}><title>${esc(c.name)}</title></path>` +
        (label ? text('map-label', label, c.name) : '') +
        close
      );
    })
    .join('');

  const places = placeMarks
    .map(({ place, x, y }) => {
      const label = placeLabels.get(place.id);
      return (
        open('map-place', place.href, place.name) +
        `<title>${esc(place.name)}</title>` +
        `<circle${attrs({ class: 'map-place-marker', cx: coord(x), cy: coord(y), r: size.markerRadius })}/>` +
        (label ? text('map-place-label', label, place.name) : '') +
        close
      );
    })
    .join('');

  return (
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      class: `map map-${opts.size}`,
      role: links ? 'group' : 'img',
      'aria-labelledby': `${prefix}-title`,
      'aria-describedby': `${prefix}-desc`,
    })}>` +
    `<title id="${prefix}-title">${esc(opts.title)}</title>` +
    `<desc id="${prefix}-desc">${esc(description(opts, onMap(projection(CRIMEA_POINT)), placeMarks.map((m) => m.place)))}</desc>` +
    `<g class="map-background" aria-hidden="true"><path class="map-land" d="${land}"/></g>` +
    `<g class="map-countries">${countries}</g>` +
    (places ? `<g class="map-places">${places}</g>` : '') +
    `</svg>`
  );
}
