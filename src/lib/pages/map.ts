/** A map of the post-Soviet space drawn from the digest's records, at the size a page asks for. */
import type { Digest } from '../digest/types.ts';
import { renderMap } from '../map/index.ts';
import { mapContent, type MapContent } from '../map/site.ts';
import { entityUrl } from '../urls.ts';

export interface MapView {
  size: 'full' | 'compact';
  svg: string;
  content: MapContent;
}

/** `full`: the /map/ page (50m shapes, names on the map); `compact`: the home page. `idPrefix` keeps ids unique if two maps share a page. */
export function mapView(
  d: Digest,
  { size, title = 'Map of the post-Soviet states by the article’s regional groups', idPrefix = `map-${size}` }: { size: 'full' | 'compact'; title?: string; idPrefix?: string },
): MapView {
  // At compact size the Donetsk and Luhansk markers lie a few pixels apart and their names cannot
  // both be placed legibly: the compact map marks the territories only, the full map both regions too.
  const content = mapContent(
    d.entities,
    { country: (id) => entityUrl('countries', id), place: (id) => entityUrl('places', id) },
    { neighbours: d.site.map.neighbours, ...(size === 'compact' ? { placeKinds: ['territory'] } : {}) },
  );
  return { size, svg: renderMap({ ...content, size, title, idPrefix, outsidePlaces: 'skip', labelOverflow: true }), content };
}
