import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildMatcher, contextAround, findMentions, type Named } from '../../src/lib/entities/mentions.ts';

const entities: Named[] = [
  { kind: 'countries', id: 'georgia', names: ['Georgia'] },
  { kind: 'countries', id: 'russia', names: ['Russia', 'Russian Federation'] },
  { kind: 'organisations', id: 'georgian-dream', names: ['Georgian Dream'] },
  { kind: 'organisations', id: 'eaeu', names: ['Eurasian Economic Union', 'EAEU', 'EEU'] },
  { kind: 'organisations', id: 'eurasec', names: ['Eurasian Economic Community', 'EurAsEC'] },
  { kind: 'organisations', id: 'cis', names: ['CIS'] },
  { kind: 'organisations', id: 'cis-executive-committee', names: ['CIS Executive Committee'] },
  { kind: 'organisations', id: 'union-state', names: ['Union State'] },
  { kind: 'organisations', id: 'gazprom', names: ['Gazprom'] },
  { kind: 'organisations', id: 'gazprom-armenia', names: ['Gazprom Armenia'] },
  { kind: 'countries', id: 'armenia', names: ['Armenia'] },
];
const matcher = buildMatcher(entities);
const ids = (text: string) => findMentions(text, matcher).map((m) => `${m.id}:${m.text}`);

describe('the mention matcher', () => {
  test('tells the Eurasian Economic Union from the Eurasian Economic Community', () => {
    assert.deepEqual(ids('into the Eurasian Economic Community (EurAsEC) and later the Eurasian Economic Union (EEU)'), [
      'eurasec:Eurasian Economic Community', 'eurasec:EurAsEC', 'eaeu:Eurasian Economic Union', 'eaeu:EEU',
    ]);
  });

  test('does not find the country Georgia inside “Georgian Dream” or “Georgian”', () => {
    assert.deepEqual(ids('the ruling Georgian Dream coalition; Georgian wines; relations with Georgia'), ['georgian-dream:Georgian Dream', 'georgia:Georgia']);
  });

  test('prefers the CIS Executive Committee to the CIS, and still finds the CIS alone', () => {
    assert.deepEqual(ids('the CIS Executive Committee and the CIS'), ['cis-executive-committee:CIS Executive Committee', 'cis:CIS']);
  });

  test('finds possessives but not adjectives', () => {
    assert.deepEqual(ids('Russia’s chairmanship, Russia\'s role, Russian gas, the Russian Federation'), ['russia:Russia', 'russia:Russia', 'russia:Russian Federation']);
  });

  test('is case-sensitive: the Union State is an organisation, a union is not', () => {
    assert.deepEqual(ids('the Union State; a customs union; the union state'), ['union-state:Union State']);
  });

  test('matches the longest name where names nest', () => {
    assert.deepEqual(ids('Gazprom Armenia is owned by Gazprom in Armenia'), ['gazprom-armenia:Gazprom Armenia', 'gazprom:Gazprom', 'armenia:Armenia']);
  });

  test('needs whole words: no match inside a longer word or abbreviation', () => {
    assert.deepEqual(ids('EAEUX, CISes, xEEU, CIS-wide'), ['cis:CIS']);
  });

  test('refuses a name claimed by two entities', () => {
    assert.throws(() => buildMatcher([{ kind: 'countries', id: 'a', names: ['X'] }, { kind: 'places', id: 'b', names: ['X'] }]), /claimed by both countries\/a and places\/b/);
  });

  test('gives the sentence around a mention as context', () => {
    const text = 'First sentence here. Relations with Georgia are stable [17]. Last one.';
    const m = findMentions(text, matcher)[0]!;
    assert.deepEqual(contextAround(text, m), { before: 'Relations with ', match: 'Georgia', after: ' are stable [17].' });
  });
});

test('with nested matching, names inside a longer name count as mentions too', () => {
  const m = buildMatcher([
    { kind: 'treaties', id: 'us-treaty', names: ['Treaty on the Creation of the Union State'] },
    { kind: 'organisations', id: 'union-state', names: ['Union State'] },
  ]);
  const text = 'the Treaty on the Creation of the Union State entered into force';
  assert.deepEqual(findMentions(text, m).map((x) => x.id), ['us-treaty']);
  assert.deepEqual(findMentions(text, m, { nested: true }).map((x) => `${x.id}@${x.start}`), ['us-treaty@4', 'union-state@34']);
});
