import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, findMatchingStep, groupSecret, hotp, otpauthUri, timeStepOf, totpAt, type HmacSha1 } from './totp';

const hmac: HmacSha1 = (key, message) => new Uint8Array(createHmac('sha1', key).update(message).digest());
const SEED = new TextEncoder().encode('12345678901234567890');

describe('RFC 6238 Appendix B test vectors (SHA-1)', () => {
  it.each([
    [59, '94287082', '287082', 1],
    [1111111109, '07081804', '081804', 37037036],
    [1111111111, '14050471', '050471', 37037037],
    [1234567890, '89005924', '005924', 41152263],
    [2000000000, '69279037', '279037', 66666666],
  ])('at %i s: 8 digits %s, 6 digits %s, step %i', (seconds, eight, six, step) => {
    expect(totpAt(hmac, SEED, seconds * 1000, 8)).toBe(eight);
    expect(totpAt(hmac, SEED, seconds * 1000)).toBe(six);
    expect(timeStepOf(seconds * 1000)).toBe(step);
  });

  it('RFC 4226 Appendix D HOTP values for counters 0 and 9', () => {
    expect(hotp(hmac, SEED, 0)).toBe('755224');
    expect(hotp(hmac, SEED, 9)).toBe('520489');
  });
});

describe('base32 (RFC 4648 §10 vectors, no padding)', () => {
  it.each([
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ])('%j ↔ %s', (plain, encoded) => {
    expect(base32Encode(new TextEncoder().encode(plain))).toBe(encoded);
    expect(new TextDecoder().decode(base32Decode(encoded) ?? new Uint8Array())).toBe(plain);
  });

  it('reads what people type: lower case, spaces, padding', () => {
    expect(new TextDecoder().decode(base32Decode('mzxw 6ytb oi======') ?? new Uint8Array())).toBe('foobar');
  });

  it('refuses letters outside the alphabet', () => {
    expect(base32Decode('MZXW1')).toBeNull();
    expect(base32Decode('MZ8W')).toBeNull();
  });

  it('round-trips a 20-byte secret into 32 characters, grouped by four', () => {
    const secret = base32Encode(SEED);
    expect(secret).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(groupSecret(secret)).toBe('GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ');
  });
});

describe('findMatchingStep: ±1 step window and replay', () => {
  // 1111111111 s is step 37037037, 21 s into it (1111111090..1111111119).
  const now = 1111111111 * 1000;
  const codeAt = (step: number) => hotp(hmac, SEED, step);

  it.each([
    ['two steps back', 37037035, null],
    ['one step back', 37037036, 37037036],
    ['this step', 37037037, 37037037],
    ['one step ahead', 37037038, 37037038],
    ['two steps ahead', 37037039, null],
  ])('a code of %s → %s', (_label, step, expected) => {
    expect(findMatchingStep(hmac, SEED, codeAt(step), now)).toBe(expected);
  });

  it('the first and the last millisecond of a step count as that step', () => {
    expect(findMatchingStep(hmac, SEED, codeAt(37037036), 1111111110 * 1000 - 1)).toBe(37037036);
    expect(findMatchingStep(hmac, SEED, codeAt(37037035), 1111111110 * 1000 - 1)).toBe(37037035);
    expect(findMatchingStep(hmac, SEED, codeAt(37037035), 1111111110 * 1000)).toBeNull();
  });

  it.each([
    ['no step used yet', null, 37037037],
    ['an earlier step used', 37037036, 37037037],
    ['this very step used (replay)', 37037037, null],
    ['a later step used', 37037038, null],
  ])('%s → %s', (_label, lastUsed, expected) => {
    expect(findMatchingStep(hmac, SEED, codeAt(37037037), now, lastUsed)).toBe(expected);
  });

  it.each(['', '12345', '1234567', '12345a', ' 123456'])('refuses %j as not six digits', (code) => {
    expect(findMatchingStep(hmac, SEED, code, now)).toBeNull();
  });

  it('refuses a wrong code', () => {
    const wrong = String((Number(codeAt(37037037)) + 1) % 1_000_000).padStart(6, '0');
    expect(findMatchingStep(hmac, SEED, wrong, now)).toBeNull();
  });
});

describe('otpauthUri', () => {
  it('names the issuer in ASCII and the user name as the label', () => {
    expect(otpauthUri({ issuer: 'Shifan', accountName: 'province.li', secretBase32: 'GEZDGNBV' })).toBe(
      'otpauth://totp/Shifan:province.li?secret=GEZDGNBV&issuer=Shifan&algorithm=SHA1&digits=6&period=30',
    );
  });
});
