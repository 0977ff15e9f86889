import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { renderMap } from '../../src/lib/map/index.ts';
import type { MapCountry, MapGroup, MapOptions, MapPlace } from '../../src/lib/map/index.ts';
import { CRIMEA_POINT, loadCountries, recogniseCrimea, thinnedCountries, type CountryFeature } from '../../src/lib/map/data.ts';
import { SIZES, fitProjection } from '../../src/lib/map/projection.ts';
import { mapContent, RUSSIA_GROUP, type MapEntities } from '../../src/lib/map/site.ts';
import { inRegionOrder } from '../../src/lib/site.ts';

const NEIGHBOURS = ['turkey', 'iran', 'afghanistan', 'romania'];

// The fifteen post-Soviet states and four named neighbours, grouped as the article groups them.
// Russia, like the neighbours, has no regional group in the content model.
const groups: MapGroup[] = [
  { id: 'eastern-europe', name: 'Eastern Europe' },
  { id: 'south-caucasus', name: 'South Caucasus' },
  { id: 'central-asia', name: 'Central Asia' },
  { id: 'baltic-states', name: 'Baltic states' },
];
const country = (id: string, isoNumeric: string, name: string, group?: string): MapCountry => ({
  id,
  isoNumeric,
  name,
  href: `/countries/${id}/`,
  group,
});
const countries: MapCountry[] = [
  country('russia', '643', 'Russia'),
  country('ukraine', '804', 'Ukraine', 'eastern-europe'),
  country('belarus', '112', 'Belarus', 'eastern-europe'),
  country('moldova', '498', 'Moldova', 'eastern-europe'),
  country('armenia', '051', 'Armenia', 'south-caucasus'),
  country('georgia', '268', 'Georgia', 'south-caucasus'),
  country('azerbaijan', '031', 'Azerbaijan', 'south-caucasus'),
  country('kazakhstan', '398', 'Kazakhstan', 'central-asia'),
  country('kyrgyzstan', '417', 'Kyrgyzstan', 'central-asia'),
  country('tajikistan', '762', 'Tajikistan', 'central-asia'),
  country('turkmenistan', '795', 'Turkmenistan', 'central-asia'),
  country('uzbekistan', '860', 'Uzbekistan', 'central-asia'),
  country('latvia', '428', 'Latvia', 'baltic-states'),
  country('lithuania', '440', 'Lithuania', 'baltic-states'),
  country('estonia', '233', 'Estonia', 'baltic-states'),
  country('turkey', '792', 'Turkey'),
  country('iran', '364', 'Iran'),
  country('afghanistan', '004', 'Afghanistan'),
  country('romania', '642', 'Romania'),
];
const place = (id: string, name: string, coordinates: [number, number]): MapPlace => ({ id, name, href: `/places/${id}/`, coordinates });
const places: MapPlace[] = [
  place('crimea', 'Crimea', [34.1, 45.3]),
  place('transnistria', 'Transnistria', [29.45, 47.25]),
  place('abkhazia', 'Abkhazia', [41.1, 43.0]),
  place('south-ossetia', 'South Ossetia', [44.0, 42.3]),
  place('nagorno-karabakh', 'Nagorno-Karabakh', [46.75, 39.82]),
];

const base = (size: MapOptions['size'], extra: Partial<MapOptions> = {}): MapOptions => ({
  countries,
  groups,
  places,
  size,
  title: 'The post-Soviet space',
  ...extra,
});

// The full map takes a moment to lay out; render each variant once.
const rendered = new Map<string, string>();
const render = (size: MapOptions['size'], extra: Partial<MapOptions> = {}) => {
  const key = JSON.stringify([size, extra]);
  if (!rendered.has(key)) rendered.set(key, renderMap(base(size, extra)));
  return rendered.get(key)!;
};

/** The country links: [whole element, href, aria-label, path class, path d, title]. */
function countryLinks(svg: string) {
  const re = /<a class="map-link" href="([^"]*)" aria-label="([^"]*)"><path class="([^"]*)" d="([^"]*)"><title>([^<]*)<\/title><\/path>(?:<text[^>]*>[^<]*<\/text>)?<\/a>/g;
  return [...svg.matchAll(re)].map(([all, href, label, cls, d, title]) => ({ all, href, label, cls: cls!.split(' '), d: d!, title }));
}

/** Rings of a path written by path.ts: `M x y l dx dy … z`, repeated. */
function rings(d: string): [number, number][][] {
  return [...d.matchAll(/M([^l]*)l([^z]*)z/g)].map(([, start, rest]) => {
    const nums = (s: string) => [...s.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((m) => Number(m[0]));
    const [x0, y0] = nums(start!);
    const ring: [number, number][] = [[x0!, y0!]];
    const deltas = nums(rest!);
    for (let i = 0; i < deltas.length; i += 2) {
      const [px, py] = ring.at(-1)!;
      ring.push([px + deltas[i]!, py + deltas[i + 1]!]);
    }
    return ring;
  });
}

/** Even–odd point-in-path test, the way the path is filled. */
function pathContains(d: string, [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of rings(d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

describe('map: countries as links', () => {
  for (const size of ['full', 'compact', 'locator'] as const) {
    test(`every listed country appears exactly once as a link named after it (${size})`, () => {
      const links = countryLinks(render(size));
      assert.equal(links.length, countries.length);
      for (const c of countries) {
        const mine = links.filter((l) => l.href === c.href);
        assert.equal(mine.length, 1, `${c.id} should be one link`);
        assert.equal(mine[0]!.label, c.name);
        assert.equal(mine[0]!.title, c.name);
        assert.ok(mine[0]!.d.length > 0, `${c.id} should have a shape`);
      }
    });
  }

  test('only the listed countries and the places are links; the rest is background hidden from assistive technology', () => {
    const svg = render('full');
    assert.equal((svg.match(/<a /g) ?? []).length, countries.length + places.length);
    assert.match(svg, /<g class="map-background" aria-hidden="true"><path class="map-land" d="M[^"]+"\/><\/g>/);
  });

  test('countries are coloured by their group, and those without a group are neighbours', () => {
    const links = countryLinks(render('full'));
    for (const c of countries) {
      const cls = links.find((l) => l.href === c.href)!.cls;
      assert.ok(cls.includes('map-country'));
      assert.ok(cls.includes(c.group ? `region-${c.group}` : 'neighbour'), `${c.id}: ${cls.join(' ')}`);
      assert.ok(!cls.includes('is-highlighted'));
    }
  });

  test('a highlight marks exactly that one country and leaves the others plain', () => {
    const links = countryLinks(render('locator', { highlight: 'armenia' }));
    const marked = links.filter((l) => l.cls.includes('is-highlighted'));
    assert.equal(marked.length, 1);
    assert.equal(marked[0]!.href, '/countries/armenia/');
    assert.ok(marked[0]!.cls.includes('region-south-caucasus'));
    for (const l of links.filter((x) => x !== marked[0])) assert.deepEqual(l.cls, ['map-country']);
    assert.match(render('locator', { highlight: 'armenia' }), /<desc [^>]*>Locator map: Armenia is highlighted\./);
  });

  test('an unknown ISO numeric code is rejected with an error naming the country', () => {
    const atlantis = country('atlantis', '999', 'Atlantis', 'eastern-europe');
    assert.throws(() => renderMap({ ...base('locator'), countries: [...countries, atlantis] }), /country "atlantis".*"999"/);
  });

  test('inconsistent input is rejected with the id at fault', () => {
    assert.throws(() => renderMap(base('locator', { highlight: 'narnia' })), /highlight "narnia"/);
    const stray = country('poland', '616', 'Poland', 'western-europe');
    assert.throws(() => renderMap({ ...base('locator'), countries: [...countries, stray] }), /country "poland" is in unknown group "western-europe"/);
    assert.throws(() => renderMap({ ...base('locator'), countries: [...countries, countries[0]!] }), /country "russia" is listed twice/);
    const faraway = place('falklands', 'Falklands', [-59, -51.7]);
    assert.throws(() => renderMap(base('locator', { places: [faraway] })), /place "falklands".*outside the map/);
  });
});

describe('map: places', () => {
  test('each place is a link with a marker and an accessible name', () => {
    const svg = render('full');
    for (const p of places) {
      const re = new RegExp(`<a class="map-place" href="${p.href}" aria-label="${p.name}"><title>${p.name}</title><circle class="map-place-marker" cx="[\\d.]+" cy="[\\d.]+" r="[\\d.]+"/>`);
      assert.match(svg, re);
    }
  });

  test('place names are written beside the markers on the full and compact maps only', () => {
    for (const size of ['full', 'compact'] as const) assert.equal((render(size).match(/class="map-place-label"/g) ?? []).length, places.length);
    assert.doesNotMatch(render('locator'), /map-place-label/);
  });
});

describe('map: labels', () => {
  test('the full map names the states that have room inside their shapes, and only the full map does', () => {
    const labels = [...render('full').matchAll(/<text class="map-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const name of ['Russia', 'Kazakhstan', 'Ukraine', 'Turkey', 'Iran', 'Afghanistan']) assert.ok(labels.includes(name), `${name} labelled`);
    assert.ok(!labels.includes('Armenia'), 'Armenia is too small for its name');
    assert.doesNotMatch(render('compact'), /class="map-label"/);
    assert.doesNotMatch(render('locator'), /class="map-label"/);
  });

  test('every label lies inside the viewBox', () => {
    for (const size of ['full', 'compact'] as const) {
      const svg = render(size);
      const [, w, h] = svg.match(/viewBox="0 0 (\d+) (\d+)"/)!.map(Number);
      for (const [, x, y] of svg.matchAll(/<text [^>]*x="([\d.-]+)" y="([\d.-]+)"/g)) {
        assert.ok(Number(x) > 0 && Number(x) < w! && Number(y) > 0 && Number(y) < h!, `${x},${y} in ${size}`);
      }
    }
  });
});

describe('map: accessibility and markup', () => {
  test('the map is a named, described group, because it contains links', () => {
    const svg = render('compact');
    assert.match(svg, /^<svg [^>]*role="group" aria-labelledby="map-title" aria-describedby="map-desc">/);
    assert.match(svg, /<title id="map-title">The post-Soviet space<\/title><desc id="map-desc">[^<]+<\/desc>/);
    assert.match(svg, /Eastern Europe: Ukraine, Belarus and Moldova\./);
    assert.match(svg, /Crimea is shown as part of Ukraine\./);
  });

  test('an id prefix keeps the ids of two maps on one page apart', () => {
    const a = renderMap(base('locator', { idPrefix: 'map-a' }));
    const b = renderMap(base('locator', { idPrefix: 'map-b' }));
    const ids = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(ids(a), ['map-a-title', 'map-a-desc']);
    assert.deepEqual(ids(b), ['map-b-title', 'map-b-desc']);
    assert.match(a, /aria-labelledby="map-a-title"/);
  });

  test('styling is left to classes: no style attributes and no style element', () => {
    for (const size of ['full', 'compact', 'locator'] as const) {
      assert.doesNotMatch(render(size), /style=|<style/i);
      assert.doesNotMatch(render(size), / (fill|stroke|font-size)=/);
    }
  });

  test('names, titles and links are escaped', () => {
    const odd = { ...countries[1]!, name: 'Ukraine <&> "Ukraïna"', href: '/countries/ukraine/?a=1&b=2' };
    const svg = renderMap({ ...base('locator'), title: 'A & B', countries: [countries[0]!, odd] });
    assert.match(svg, /href="\/countries\/ukraine\/\?a=1&amp;b=2" aria-label="Ukraine &lt;&amp;&gt; &quot;Ukraïna&quot;"/);
    assert.match(svg, /<title id="map-title">A &amp; B<\/title>/);
  });
});

describe('map: output', () => {
  test('the same input gives the same string', () => {
    for (const size of ['full', 'compact', 'locator'] as const) {
      const first = renderMap(base(size, { highlight: 'georgia' }));
      renderMap(base(size === 'full' ? 'locator' : 'full'));
      assert.equal(renderMap(base(size, { highlight: 'georgia' })), first);
    }
  });

  const budgets = { full: 60, compact: 25, locator: 8 } as const;
  for (const [size, kb] of Object.entries(budgets) as [MapOptions['size'], number][]) {
    test(`the ${size} map stays within ${kb} KB gzipped`, () => {
      const bytes = gzipSync(render(size)).length;
      assert.ok(bytes <= kb * 1024, `${size}: ${bytes} bytes gzipped`);
    });
  }

  test('the viewBox matches the display size', () => {
    assert.match(render('full'), /viewBox="0 0 960 560"/);
    assert.match(render('compact'), /viewBox="0 0 640 380"/);
    assert.match(render('locator'), /viewBox="0 0 240 150"/);
  });
});

describe('map: thinned outlines', () => {
  const full = loadCountries('50m');
  const projection = fitProjection(SIZES.full, ['643', '398', '268', '051'].map((code) => full.get(code)!));
  const thinned = thinnedCountries('50m', projection, SIZES.full.thinArea);
  const vertices = (f: CountryFeature) => {
    const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
    return new Set(rings.flat().map(([x, y]) => `${x},${y}`));
  };

  test('thinning keeps only vertices of the full outline, and fewer of them', () => {
    const [before, after] = [vertices(full.get('268')!), vertices(thinned.get('268')!)];
    assert.ok([...after].every((v) => before.has(v)));
    assert.ok(after.size < before.size * 0.8, `Georgia: ${after.size} of ${before.size} vertices kept`);
  });

  test('neighbours keep the same vertices along their border, so no sliver opens between them', () => {
    for (const [a, b] of [['643', '268'], ['643', '398'], ['268', '051']]) {
      const [fullB, thinA, thinB] = [vertices(full.get(b)!), vertices(thinned.get(a)!), vertices(thinned.get(b)!)];
      const border = [...vertices(full.get(a)!)].filter((v) => fullB.has(v));
      const keptA = border.filter((v) => thinA.has(v));
      const keptB = border.filter((v) => thinB.has(v));
      assert.ok(keptA.length < border.length, `${a}/${b}: the border is thinned`);
      assert.deepEqual(keptA, keptB, `${a}/${b}`);
    }
  });
});

describe('map: internationally recognised borders', () => {
  test('world-atlas 2.0.2 itself draws Crimea inside Russia, which is why the data is corrected', () => {
    const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
    const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
    const shapes = feature(topology, topology.objects.countries!) as GeoJSON.FeatureCollection;
    const ru = shapes.features.find((f) => f.id === '643')!;
    assert.ok(geoContains(ru, CRIMEA_POINT), 'if this fails, world-atlas has changed: recogniseCrimea should then be a no-op');
  });

  for (const scale of ['50m', '110m'] as const) {
    test(`Crimea lies within Ukraine and not within Russia (${scale} shapes)`, () => {
      const shapes = loadCountries(scale);
      assert.ok(geoContains(shapes.get('804')!, CRIMEA_POINT), 'Ukraine contains Crimea');
      assert.ok(!geoContains(shapes.get('643')!, CRIMEA_POINT), 'Russia does not');
      assert.ok(geoContains(shapes.get('643')!, [37.62, 55.76]), 'Russia still contains Moscow');
      assert.ok(geoContains(shapes.get('804')!, [30.52, 50.45]), 'Ukraine still contains Kyiv');
    });
  }

  for (const size of ['full', 'compact'] as const) {
    test(`on the drawn ${size} map, the Crimea marker sits inside Ukraine's path and outside Russia's`, () => {
      const svg = render(size);
      const [, cx, cy] = svg.match(/aria-label="Crimea"><title>Crimea<\/title><circle class="map-place-marker" cx="([\d.]+)" cy="([\d.]+)"/)!;
      const point: [number, number] = [Number(cx), Number(cy)];
      const d = (href: string) => countryLinks(svg).find((l) => l.href === href)!.d;
      assert.ok(pathContains(d('/countries/ukraine/'), point));
      assert.ok(!pathContains(d('/countries/russia/'), point));
    });
  }

  test('the Crimea correction changes nothing once Crimea is already in Ukraine', () => {
    const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
    const once = recogniseCrimea(JSON.parse(readFileSync(file, 'utf8')));
    assert.equal(recogniseCrimea(once), once);
  });
});

describe('map: locator mode without links', () => {
  const locator = () => render('locator', { highlight: 'moldova', links: false });

  test('with links off, nothing on the map is a link or a tab stop', () => {
    const svg = locator();
    assert.doesNotMatch(svg, /<a[ >]/);
    assert.doesNotMatch(svg, /href=|tabindex=/);
    assert.equal((svg.match(/<g class="map-shape">/g) ?? []).length, countries.length);
  });

  test('with links off, the map is one image named by its title, and still highlights the country', () => {
    const svg = locator();
    assert.match(svg, /^<svg [^>]*role="img" aria-labelledby="map-title" aria-describedby="map-desc">/);
    assert.match(svg, /<desc [^>]*>Locator map: Moldova is highlighted\./);
    assert.equal((svg.match(/is-highlighted/g) ?? []).length, 1);
    assert.match(svg, /<path class="map-country region-eastern-europe is-highlighted" d="M/);
  });

  test('places are drawn as plain markers when links are off', () => {
    const svg = render('compact', { links: false });
    assert.doesNotMatch(svg, /<a[ >]/);
    assert.equal((svg.match(/<g class="map-place">/g) ?? []).length, places.length);
  });

  test('links stay on by default', () => {
    assert.match(render('locator', { highlight: 'moldova' }), /<a class="map-link" href="\/countries\/moldova\/"/);
  });
});

describe('map: options for content data', () => {
  const faraway = place('falklands', 'Falklands', [-59, -51.7]);

  test('places outside the view can be skipped instead of stopping the build', () => {
    const svg = render('compact', { places: [...places, faraway], outsidePlaces: 'skip' });
    assert.doesNotMatch(svg, /Falklands/);
    assert.equal((svg.match(/class="map-place"/g) ?? []).length, places.length);
    assert.match(svg, /Marked: Crimea, Transnistria, Abkhazia, South Ossetia and Nagorno-Karabakh\./);
    assert.throws(() => renderMap(base('compact', { places: [faraway] })), /place "falklands".*outside the map/);
  });

  test('a group of one state that bears its name is described once, not "Russia: Russia"', () => {
    const withRussia = countries.map((c) => (c.id === 'russia' ? { ...c, group: 'russia' } : c));
    const svg = renderMap({ ...base('locator'), countries: withRussia, groups: [{ id: 'russia', name: 'Russia' }, ...groups] });
    assert.match(svg, /<desc id="map-desc">Russia\. Eastern Europe: Ukraine, Belarus and Moldova\./);
    assert.match(svg, /<path class="map-country region-russia" d=/);
    assert.doesNotMatch(svg, /Russia: Russia/);
  });
});

describe('map: what the site draws, from the content records', () => {
  const rec = <const D>(id: string, data: D) => ({ id, data });
  const entities: MapEntities = {
    regions: groups.map((g) => rec(g.id, { name: g.name })),
    countries: [
      ...countries.map((c) => rec(c.id, { name: c.name, isoNumeric: c.isoNumeric, postSoviet: !['turkey', 'iran', 'afghanistan', 'romania'].includes(c.id), ...(c.group ? { region: { id: c.group } } : {}) })),
      rec('france', { name: 'France', isoNumeric: '250', postSoviet: false }),
    ],
    places: [
      ...places.map((p) => rec(p.id, { name: p.name, kind: 'territory', coordinates: p.coordinates })),
      rec('donetsk-region', { name: 'Donetsk region', kind: 'region', coordinates: [37.8, 48.0] as [number, number] }),
      rec('moscow', { name: 'Moscow', kind: 'city', coordinates: [37.62, 55.76] as [number, number] }),
      rec('imashevskoye-field', { name: 'Imashevskoye field', kind: 'field' }),
      rec('nowhere', { name: 'Nowhere', kind: 'territory' }),
    ],
  };
  const urls = { country: (id: string) => `/countries/${id}/`, place: (id: string) => `/places/${id}/` };
  const content = mapContent(entities, urls, { neighbours: NEIGHBOURS });

  test('the fifteen post-Soviet states and the four neighbours are drawn; nothing else', () => {
    assert.equal(content.countries.length, 19);
    assert.ok(!content.countries.some((c) => c.id === 'france'));
    assert.deepEqual(content.countries.slice(-4).map((c) => [c.id, c.group]), NEIGHBOURS.map((id) => [id, undefined]));
  });

  test('Russia has its own group, listed first, and the others are in their regional groups, in legend order', () => {
    assert.deepEqual(content.groups[0], RUSSIA_GROUP);
    assert.deepEqual(content.groups.slice(1).map((g) => g.id), groups.map((g) => g.id));
    assert.deepEqual(content.countries[0], { id: 'russia', isoNumeric: '643', name: 'Russia', href: '/countries/russia/', group: 'russia' });
    const order = content.countries.slice(0, 15).map((c) => c.group);
    assert.deepEqual(order, [...order].sort((a, b) => content.groups.findIndex((g) => g.id === a) - content.groups.findIndex((g) => g.id === b)));
  });

  test('only territories and regions with coordinates get markers', () => {
    assert.deepEqual(content.places.map((p) => p.id), [...places.map((p) => p.id), 'donetsk-region']);
    assert.equal(content.places.at(-1)!.href, '/places/donetsk-region/');
  });

  test('the site content renders as a full map within budget', () => {
    const svg = renderMap({ ...content, size: 'full', title: 'Map' });
    assert.equal(countryLinks(svg).length, 19);
    assert.ok(gzipSync(svg).length <= 60 * 1024);
  });
});

describe('map: labels that may overflow', () => {
  const labels = (svg: string) => [...svg.matchAll(/<text class="map-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

  test('with labelOverflow, mid-sized states are named across their edges; small ones still are not', () => {
    const strict = labels(render('full'));
    const loose = labels(render('full', { labelOverflow: true }));
    assert.ok(!strict.includes('Romania'), 'Romania does not fit inside its shape');
    for (const name of [...strict, 'Romania', 'Belarus']) assert.ok(loose.includes(name), `${name} labelled`);
    for (const name of ['Armenia', 'Moldova', 'Estonia']) assert.ok(!loose.includes(name), `${name} is too small`);
  });

  test('overflowing labels keep clear of each other and of the frame', () => {
    const svg = render('full', { labelOverflow: true });
    const boxes = [...svg.matchAll(/<text class="map-label" x="([\d.]+)" y="([\d.]+)" text-anchor="middle">([^<]*)<\/text>/g)].map(([, x, y, name]) => {
      const w = name!.length * 11 * 0.5; // a lower bound of the width: enough to catch a real overlap
      return { x0: Number(x) - w / 2, x1: Number(x) + w / 2, y0: Number(y) - 8, y1: Number(y) + 2, name };
    });
    for (const a of boxes) {
      assert.ok(a.x0 > 0 && a.x1 < 960, `${a.name} inside the frame`);
      for (const b of boxes) if (a !== b) assert.ok(!(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1), `${a.name} / ${b.name}`);
    }
  });

  test('labelOverflow changes nothing on maps without country names', () => {
    assert.equal(render('compact', { labelOverflow: true }), render('compact'));
  });
});

test('regions are listed in the site record’s order, whatever order the collection returns; unlisted ones follow by id', () => {
  const shuffled = ['baltic-states', 'central-asia', 'eastern-europe', 'south-caucasus', 'arctic', 'alps'].map((id) => ({ id }));
  const order = ['eastern-europe', 'south-caucasus', 'central-asia', 'baltic-states'];
  assert.deepEqual(inRegionOrder(shuffled, order).map((r) => r.id), [...order, 'alps', 'arctic']);
});

test('only the neighbours the site record names are drawn beside the post-Soviet states', () => {
  const entities: MapEntities = {
    regions: [],
    countries: countries.map((c) => ({ id: c.id, data: { name: c.name, isoNumeric: c.isoNumeric, postSoviet: false } })),
    places: [],
  };
  const urls = { country: (id: string) => `/countries/${id}/`, place: (id: string) => `/places/${id}/` };
  // Russia is drawn in its own group; no record here is post-Soviet, so the rest is the neighbours.
  assert.deepEqual(mapContent(entities, urls, { neighbours: ['iran'] }).countries.map((c) => c.id), ['russia', 'iran']);
  assert.deepEqual(mapContent(entities, urls).countries.map((c) => c.id), ['russia']);
});

test('the place kinds to mark can be narrowed (the compact map marks territories only)', () => {
  const rec = <const D>(id: string, data: D) => ({ id, data });
  const entities: MapEntities = {
    regions: [],
    countries: countries.map((c) => rec(c.id, { name: c.name, isoNumeric: c.isoNumeric, postSoviet: false })),
    places: [
      rec('crimea', { name: 'Crimea', kind: 'territory', coordinates: [34.1, 45.3] as [number, number] }),
      rec('donetsk-region', { name: 'Donetsk region', kind: 'region', coordinates: [37.8, 48.0] as [number, number] }),
    ],
  };
  const urls = { country: (id: string) => `/countries/${id}/`, place: (id: string) => `/places/${id}/` };
  assert.deepEqual(mapContent(entities, urls).places.map((p) => p.id), ['crimea', 'donetsk-region']);
  assert.deepEqual(mapContent(entities, urls, { placeKinds: ['territory'] }).places.map((p) => p.id), ['crimea']);
});

test('a site with only some of the states (a test fixture) still gets a map, with only the groups it has', () => {
  const entities: MapEntities = {
    regions: [{ id: 'test-region', data: { name: 'Test Region' } }],
    countries: [{ id: 'georgia', data: { name: 'Georgia', isoNumeric: '268', postSoviet: true, region: { id: 'test-region' } } }],
    places: [{ id: 'test-place', data: { name: 'Test Place', kind: 'city' } }],
  };
  const content = mapContent(entities, { country: (id) => `/countries/${id}/`, place: (id) => `/places/${id}/` });
  assert.deepEqual(content.countries.map((c) => c.id), ['georgia']);
  assert.deepEqual(content.groups, [{ id: 'test-region', name: 'Test Region' }]);
  assert.deepEqual(content.places, []);
  assert.match(renderMap({ ...content, size: 'compact', title: 'Test' }), /href="\/countries\/georgia\/"/);
});
