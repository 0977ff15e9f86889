import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CSP_HEADER, CSP_META, headersFile } from '../../src/lib/security.ts';

describe('the content security policy', () => {
  test('allows no inline script or style and no plugins', () => {
    for (const policy of [CSP_META, CSP_HEADER]) {
      assert.doesNotMatch(policy, /unsafe-inline/);
      assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
      assert.match(policy, /style-src 'self'(;|$)/);
      assert.match(policy, /object-src 'none'/);
      assert.match(policy, /base-uri 'self'/);
    }
  });

  test('allows nothing the site does not use: no blob: workers, no data: images', () => {
    for (const policy of [CSP_META, CSP_HEADER]) {
      assert.match(policy, /worker-src 'self'(;|$)/);
      assert.match(policy, /img-src 'self'(;|$)/);
      assert.doesNotMatch(policy, /blob:|data:/);
    }
  });

  test('forbids framing in the header only, where browsers honour it', () => {
    assert.match(CSP_HEADER, /frame-ancestors 'none'/);
    assert.doesNotMatch(CSP_META, /frame-ancestors/);
  });

  test('the _headers file applies every header to every path', () => {
    const file = headersFile({ A: '1', B: '2' });
    assert.equal(file, '/*\n  A: 1\n  B: 2\n');
  });
});
