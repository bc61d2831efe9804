import { describe, expect, it } from 'vitest';
import { findPasswordProblem } from '../shared/password-policy';
import { accountStatusOf, passwordAgeDays } from './account-status';
import { INITIAL_PASSWORD_LENGTH, INITIAL_PASSWORD_RANDOM_BYTES, initialPasswordFrom } from './initial-password';

const NOW = new Date('2026-11-28T02:00:00Z');

describe('account status', () => {
  it.each([
    [false, null, 'active'],
    [false, new Date('2026-11-28T02:00:00Z'), 'active'],
    [false, new Date('2026-11-28T02:00:00.001Z'), 'locked'],
    [false, new Date('2026-11-28T01:59:59Z'), 'active'],
    [true, null, 'disabled'],
    [true, new Date('2026-11-28T03:00:00Z'), 'disabled'],
  ] as const)('disabled=%s lockedUntil=%s → %s', (isDisabled, lockedUntil, status) => {
    expect(accountStatusOf({ isDisabled, lockedUntil }, NOW)).toBe(status);
  });
});

describe('password age', () => {
  it.each([
    ['2026-11-28T02:00:00Z', 0],
    ['2026-11-27T02:00:01Z', 0],
    ['2026-11-27T02:00:00Z', 1],
    ['2026-08-30T02:00:00Z', 90],
    ['2026-11-29T02:00:00Z', 0],
  ] as const)('changed %s → %i days', (changedAt, days) => {
    expect(passwordAgeDays(new Date(changedAt), NOW)).toBe(days);
  });
});

describe('initial password', () => {
  const bytes = (fill: (i: number) => number) => Uint8Array.from({ length: INITIAL_PASSWORD_RANDOM_BYTES }, (_, i) => fill(i));

  it.each([
    ['all zero', bytes(() => 0)],
    ['all 255', bytes(() => 255)],
    ['counting', bytes((i) => i)],
    ['stepping by 37', bytes((i) => (i * 37) % 256)],
  ])('meets the password policy with %s bytes', (_name, random) => {
    const password = initialPasswordFrom(random);
    expect(password).toHaveLength(INITIAL_PASSWORD_LENGTH);
    expect(findPasswordProblem(password)).toBeNull();
    expect(password).toMatch(/[a-z]/);
    expect(password).toMatch(/[A-Z]/);
    expect(password).toMatch(/\d/);
    expect(password).toMatch(/[^a-zA-Z\d]/);
    expect(password).not.toMatch(/[0O1lI]/);
  });

  it('differs when the bytes differ', () => {
    expect(initialPasswordFrom(bytes((i) => i))).not.toBe(initialPasswordFrom(bytes((i) => i + 1)));
  });

  it('refuses too few random bytes', () => {
    expect(() => initialPasswordFrom(new Uint8Array(INITIAL_PASSWORD_RANDOM_BYTES - 1))).toThrow();
  });
});
