/** The digest's home, computed once: its articles with their citation lines, the compact map, the regions with their states, the main organisations. */
import { authorLine, sourceLine } from '../citation/bibliography.ts';
import type { Digest } from '../digest/types.ts';
import { siteTitle } from '../site.ts';
import { theArticles } from '../text.ts';
import { entityIndexUrl, mapUrl, membershipUrl, timelineUrl } from '../urls.ts';
import { mapView, type MapView } from './map.ts';
import { entityLink, type EntityLink } from './shared.ts';

export interface HomePageView {
  title: string;
  description: string;
  articles: { href: string; title: string; authors: string; source: string; sections: number; paragraphs: number }[];
  map: MapView;
  /** The ways in under the map and under the organisations. */
  links: { map: string; timeline: string; membership: string; countries: string; treaties: string; people: string; places: string };
  /** How the link to the timeline names the events' source: one article or several. */
  timelineReports: string;
  /** "the article uses" or "the articles use": whose regional groups the regions are. */
  regionsUsedBy: string;
  regionOrderNote?: string;
  /** Each regional group (in the site's order) with its states (in the records' order). */
  regions: { link: EntityLink; countries: EntityLink[] }[];
  /** The organisations with members, programmes left out: the ones a reader looks a state up in. */
  organisations: { link: EntityLink; abbr?: string }[];
}

export function homePage(d: Digest): HomePageView {
  const { articles, entities, site } = d;
  return {
    title: siteTitle(site),
    description: site.description,
    articles: articles.map((a) => ({ href: a.url, title: a.record.title.en, authors: authorLine(a.record), source: sourceLine(a.record), sections: a.sections.length, paragraphs: a.paragraphCount })),
    map: mapView(d, { size: 'compact', idPrefix: 'home-map' }),
    links: {
      map: mapUrl(),
      timeline: timelineUrl(),
      membership: membershipUrl(),
      countries: entityIndexUrl('countries'),
      treaties: entityIndexUrl('treaties'),
      people: entityIndexUrl('people'),
      places: entityIndexUrl('places'),
    },
    timelineReports: theArticles(articles.length, 'report'),
    regionsUsedBy: theArticles(articles.length, 'use'),
    ...(site.regionOrderNote ? { regionOrderNote: site.regionOrderNote } : {}),
    regions: entities.regions.map((r) => ({
      link: entityLink(d, 'regions', r.id),
      countries: entities.countries.filter((c) => c.data.region?.id === r.id).map((c) => entityLink(d, 'countries', c.id)),
    })),
    organisations: entities.organisations
      .filter((o) => o.data.members.length > 0 && o.data.type !== 'programme')
      .map((o) => ({ link: entityLink(d, 'organisations', o.id), ...(o.data.abbr ? { abbr: o.data.abbr } : {}) })),
  };
}
