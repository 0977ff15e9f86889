import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  collectEvents,
  eventsFor,
  filterKeys,
  groupByYear,
  sortEvents,
  statusText,
  tally,
  timelineCountryUrl,
  timelineRegionUrl,
  type DigestLike,
  type EventRecord,
} from '../../src/lib/timeline/timeline.ts';

const ref = (id: string) => ({ id });
const event = (id: string, date: string, paragraph: number, extra: Partial<Omit<EventRecord, 'country'>> & { country?: string[] } = {}): EventRecord => ({
  id,
  date,
  label: `Label of ${id}`,
  status: 'reported',
  paragraph,
  organisation: [],
  treaty: [],
  place: [],
  ...extra,
  country: (extra.country ?? []).map(ref),
});

const digest: DigestLike = {
  articles: [
    {
      id: 'art',
      sections: [
        {
          data: {
            id: 'one',
            events: [
              event('treaty-1995', '1995', 2, { country: ['russia', 'belarus'], treaty: [ref('friendship')] }),
              event('june-14', '2021-06-14', 3, { country: ['ukraine', 'united-kingdom'], place: [ref('black-sea')] }),
              event('summer', '2021', 3, { when: 'In the summer of 2021', organisation: [ref('nato')] }),
            ],
          },
        },
        {
          data: {
            id: 'two',
            events: [
              event('plates', '2021-09-01', 7, { status: 'planned', country: ['moldova', 'ukraine'] }),
              event('chair', '2019/2020', 6, { country: ['russia'], organisation: [ref('csto')] }),
              event('june', '2021-06', 8, { country: ['moldova'] }),
              event('round', '2021-06-29/2021-06-30', 5, { country: ['georgia'] }),
            ],
          },
        },
      ],
    },
  ],
  entities: {
    countries: [
      { id: 'russia', data: {} },
      { id: 'belarus', data: { region: ref('eastern-europe') } },
      { id: 'ukraine', data: { region: ref('eastern-europe') } },
      { id: 'moldova', data: { region: ref('eastern-europe') } },
      { id: 'georgia', data: { region: ref('south-caucasus') } },
      { id: 'united-kingdom', data: {} },
    ],
  },
};

const events = collectEvents(digest);
const order = (list: { id: string }[]) => list.map((e) => e.id);

describe('timeline: collecting events', () => {
  test('every event of every section is collected once, with its section and ¶ permalink', () => {
    assert.equal(events.length, 7);
    const plates = events.find((e) => e.id === 'plates')!;
    assert.equal(plates.section, 'two');
    assert.equal(plates.href, '/art/two/#p7');
    assert.equal(plates.status, 'planned');
    assert.deepEqual(plates.countries, ['moldova', 'ukraine']);
  });

  test('events are in chronological order, coarser dates before the finer dates they contain', () => {
    assert.deepEqual(order(events), ['treaty-1995', 'chair', 'summer', 'june', 'june-14', 'round', 'plates']);
  });

  test('ties on the date are broken by ¶ number, then by the order the article lists them, then id', () => {
    const a = collectEvents(digest);
    // Different dates or ¶ numbers: the order does not depend on the input order.
    const reversed: DigestLike = {
      ...digest,
      articles: digest.articles.map((x) => ({ ...x, sections: [...x.sections].reverse().map((s) => ({ data: { ...s.data, events: [...s.data.events].reverse() } })) })),
    };
    assert.deepEqual(order(collectEvents(reversed)), order(a));
    const base = a[0]!;
    const twins = sortEvents([
      { ...base, id: 'second', sequence: 2 },
      { ...base, id: 'first', sequence: 1 },
      { ...base, id: 'earlier-paragraph', paragraph: 1, sequence: 9 },
      { ...base, id: 'b-twin', sequence: 2 },
    ]);
    assert.deepEqual(order(twins), ['earlier-paragraph', 'first', 'b-twin', 'second']);
  });

  test('events of one ¶ with the same date keep the order the section lists them in', () => {
    const sameDay: DigestLike = {
      ...digest,
      articles: [{ id: 'x', sections: [{ data: { id: 's', events: [event('zulu', '2021', 4), event('alpha', '2021', 4)] } }] }],
    };
    assert.deepEqual(order(collectEvents(sameDay)), ['zulu', 'alpha']);
  });

  test('the `when` wording is kept only where the source records one', () => {
    assert.equal(events.find((e) => e.id === 'summer')!.when, 'In the summer of 2021');
    assert.ok(!('when' in events.find((e) => e.id === 'june')!));
  });

  test('regions come from the countries; Russia and non-post-Soviet states add none', () => {
    assert.deepEqual(events.find((e) => e.id === 'treaty-1995')!.regions, ['eastern-europe']);
    assert.deepEqual(events.find((e) => e.id === 'chair')!.regions, []);
    assert.deepEqual(events.find((e) => e.id === 'june-14')!.regions, ['eastern-europe']);
    assert.deepEqual(events.find((e) => e.id === 'summer')!.regions, []);
  });

  test('a malformed date stops collection with the value in the message', () => {
    const bad: DigestLike = { ...digest, articles: [{ id: 'x', sections: [{ data: { id: 's', events: [event('bad', '2021-13', 1)] } }] }] };
    assert.throws(() => collectEvents(bad), /"2021-13"/);
  });
});

describe('timeline: grouping and lookup', () => {
  test('groups by the year an event starts in, keeping the order', () => {
    const groups = groupByYear(events);
    assert.deepEqual(groups.map((g) => g.year), [1995, 2019, 2021]);
    assert.deepEqual(order(groups[2]!.events), ['summer', 'june', 'june-14', 'round', 'plates']);
    assert.deepEqual(groupByYear([]), []);
  });

  test('eventsFor finds the events naming an entity of each kind, in timeline order', () => {
    assert.deepEqual(order(eventsFor(events, 'countries', 'ukraine')), ['june-14', 'plates']);
    assert.deepEqual(order(eventsFor(events, 'organisations', 'csto')), ['chair']);
    assert.deepEqual(order(eventsFor(events, 'treaties', 'friendship')), ['treaty-1995']);
    assert.deepEqual(order(eventsFor(events, 'places', 'black-sea')), ['june-14']);
    assert.deepEqual(order(eventsFor(events, 'regions', 'south-caucasus')), ['round']);
    assert.deepEqual(eventsFor(events, 'countries', 'narnia'), []);
  });

  test('tally counts the events naming each id', () => {
    const countries = tally(events, 'countries');
    assert.equal(countries.get('ukraine'), 2);
    assert.equal(countries.get('moldova'), 2);
    assert.equal(countries.get('narnia'), undefined);
    assert.equal(tally(events, 'regions').get('eastern-europe'), 4);
  });

  test('filter keys name the regions and countries of an event', () => {
    assert.deepEqual(filterKeys(events.find((e) => e.id === 'plates')!), ['region:eastern-europe', 'country:moldova', 'country:ukraine']);
  });

  test('status is shown in words only when it is not a plain report', () => {
    assert.equal(statusText('reported'), undefined);
    assert.equal(statusText('planned'), 'planned');
    assert.equal(statusText('expected'), 'expected');
  });

  test('filtered views have addresses of their own', () => {
    assert.equal(timelineRegionUrl('central-asia'), '/timeline/central-asia/');
    assert.equal(timelineCountryUrl('moldova'), '/timeline/country/moldova/');
  });
});
