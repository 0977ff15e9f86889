/** How a membership reads: the status's own date, never the joining date shown as the date of a later status. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { membershipDates, membershipLine, statusPhrase } from '../../src/lib/entities/membership.ts';

test('a member that rejoined and later suspended shows the suspension date, and the joining date as such', () => {
  const m = { status: 'suspended', since: '2006', statusSince: '2012' };
  assert.equal(membershipLine(m), 'suspended since 2012; member from 2006');
  assert.equal(statusPhrase(m), 'suspended since 2012');
  assert.deepEqual(membershipDates(m), { joined: '2006', ended: undefined });
});

test('an associate member shows when it became one and when it first joined', () => {
  assert.equal(membershipLine({ status: 'associate', since: '1991-12', statusSince: '2005-08' }), 'associate member since August 2005; member from December 1991');
});

test('a suspension that lasted until the organisation ended shows all three dates', () => {
  assert.equal(membershipLine({ status: 'suspended', since: '2006-01-25', statusSince: '2008', until: '2015' }), 'suspended since 2008; member from 25 January 2006; until 2015');
});

test('a former member shows the span, a plain member the date it joined', () => {
  assert.equal(membershipLine({ status: 'former', since: '1995', until: '2000' }), 'former member, 1995–2000');
  assert.equal(membershipLine({ status: 'member', since: '2002' }), 'member since 2002');
  assert.equal(membershipLine({ status: 'founder', since: '1991-12' }), 'founding state, December 1991');
  assert.equal(membershipLine({ status: 'member' }), 'member');
});
