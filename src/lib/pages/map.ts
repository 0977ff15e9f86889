/** A map of the post-Soviet space drawn from the digest's records, at the size a page asks for. */
import type { Digest } from '../digest/types.ts';
import { renderMap } from '../map/index.ts';
import { mapContent, RUSSIA_GROUP, type MapContent } from '../map/site.ts';
import { andList, plural, theArticles } from '../text.ts';
import { entityUrl } from '../urls.ts';

export interface MapView {
  size: 'full' | 'compact';
  svg: string;
  content: MapContent;
  /** What the page says of the map, counted from the same records, so no page restates the content. */
  about: string;
}

/** "The 15 post-Soviet states, coloured by the 4 regional groups …": the map's caption in words. */
function describe(d: Digest, content: MapContent): string {
  const states = content.countries.filter((c) => c.group).length;
  const groups = content.groups.filter((g) => g.id !== RUSSIA_GROUP.id).length;
  const whose = `${theArticles(d.articles.length, 'divide')} them into`;
  const neighbours = content.countries.filter((c) => !c.group).map((c) => c.name);
  return [
    `The ${plural(states, 'post-Soviet state')}, coloured by the ${plural(groups, 'regional group')} ${whose}, with ${RUSSIA_GROUP.name} on its own.`,
    'Each state and each marked territory links to its page.',
    ...(neighbours.length ? [`${andList(neighbours)} ${neighbours.length === 1 ? 'is' : 'are'} drawn for orientation.`] : []),
  ].join(' ');
}

export interface MapPageView {
  description: string;
  map: MapView;
}

/** /map/: the full map, and the page's description from the first sentence of what it says of the map. */
export function mapPage(d: Digest): MapPageView {
  const map = mapView(d, { size: 'full' });
  return { description: `${map.about.split('. ')[0]}, each a link to its page.`, map };
}

/** `full`: the /map/ page (50m shapes, names on the map); `compact`: the home page. `idPrefix` keeps ids unique if two maps share a page. */
export function mapView(
  d: Digest,
  { size, title = 'Map of the post-Soviet states by regional group', idPrefix = `map-${size}` }: { size: 'full' | 'compact'; title?: string; idPrefix?: string },
): MapView {
  // At compact size the Donetsk and Luhansk markers lie a few pixels apart and their names cannot
  // both be placed legibly: the compact map marks the territories only, the full map both regions too.
  const content = mapContent(
    d.entities,
    { country: (id) => entityUrl('countries', id), place: (id) => entityUrl('places', id) },
    { neighbours: d.site.map.neighbours, ...(size === 'compact' ? { placeKinds: ['territory'] } : {}) },
  );
  return { size, svg: renderMap({ ...content, size, title, idPrefix, outsidePlaces: 'skip', labelOverflow: true }), content, about: describe(d, content) };
}
