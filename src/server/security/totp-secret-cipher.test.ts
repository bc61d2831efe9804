import { describe, expect, it } from 'vitest';
import { openTotpSecret, sealTotpSecret } from './totp-secret-cipher';

const KEY = Buffer.alloc(32, 7);
const OTHER_KEY = Buffer.alloc(32, 8);
const SECRET = new Uint8Array(Array.from({ length: 20 }, (_, i) => i));
const USER = '11111111-1111-4111-8111-111111111111';

describe('TOTP secret sealing (AES-256-GCM)', () => {
  it('opens what it sealed, and seals the same secret differently each time', () => {
    const a = sealTotpSecret(KEY, USER, SECRET);
    const b = sealTotpSecret(KEY, USER, SECRET);
    expect(a).not.toBe(b);
    expect(a.startsWith('v1:')).toBe(true);
    expect(openTotpSecret(KEY, USER, a)).toEqual(SECRET);
  });

  it.each([
    ['another key', OTHER_KEY, USER, (s: string) => s],
    ['another user row', KEY, '22222222-2222-4222-8222-222222222222', (s: string) => s],
    ['a flipped byte', KEY, USER, (s: string) => `v1:${Buffer.from(Buffer.from(s.slice(3), 'base64').map((x, i) => (i === 30 ? x ^ 1 : x))).toString('base64')}`],
    ['an unknown version', KEY, USER, (s: string) => `v9${s.slice(2)}`],
    ['too short', KEY, USER, () => 'v1:AAAA'],
    ['not sealed at all', KEY, USER, () => 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'],
  ])('does not open with %s', (_label, key, user, change) => {
    expect(openTotpSecret(key, user, change(sealTotpSecret(KEY, USER, SECRET)))).toBeNull();
  });
});
