import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiKeyPrefixOf, bearerTokenOf, hashApiKey, isSameKeyHash, newApiKey } from './api-key-token';

describe('newApiKey', () => {
  it('is sfk_ and 32 base32 characters, with its 12-character prefix and SHA-256', () => {
    const fresh = newApiKey();
    expect(fresh.key).toMatch(/^sfk_[a-z2-7]{32}$/);
    expect(fresh.keyPrefix).toBe(fresh.key.slice(0, 12));
    expect(fresh.keySha256).toBe(createHash('sha256').update(fresh.key).digest('hex'));
  });

  it('draws a new key each time', () => {
    const keys = new Set(Array.from({ length: 200 }, () => newApiKey().key));
    expect(keys.size).toBe(200);
  });
});

describe('apiKeyPrefixOf', () => {
  const key = `sfk_${'a2'.repeat(16)}`;
  it.each([
    [key, 'sfk_a2a2a2a2'],
    [`${key}x`, null],
    [key.slice(0, -1), null],
    [key.toUpperCase(), null],
    [`sfk_${'1'.repeat(32)}`, null],
    ['', null],
    ['Bearer', null],
  ])('%s → %s', (text, prefix) => {
    expect(apiKeyPrefixOf(text)).toBe(prefix);
  });
});

describe('isSameKeyHash', () => {
  const fresh = newApiKey();
  it.each([
    [fresh.key, fresh.keySha256, true],
    [`${fresh.key.slice(0, -1)}${fresh.key.endsWith('a') ? 'b' : 'a'}`, fresh.keySha256, false],
    [fresh.key, hashApiKey('other'), false],
    [fresh.key, 'not-hex', false],
  ])('%s against the stored hash → %s', (presented, stored, same) => {
    expect(isSameKeyHash(presented, stored)).toBe(same);
  });
});

describe('bearerTokenOf', () => {
  it.each([
    ['Bearer sfk_abc', 'sfk_abc'],
    ['bearer sfk_abc', 'sfk_abc'],
    ['Bearer  sfk_abc ', 'sfk_abc'],
    ['Basic dXNlcjpwYXNz', null],
    ['Bearer', null],
    ['Bearer a b', null],
    [undefined, null],
  ])('%s → %s', (header, token) => {
    expect(bearerTokenOf(header)).toBe(token);
  });
});
