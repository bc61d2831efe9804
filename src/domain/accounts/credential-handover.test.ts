import { describe, expect, it } from 'vitest';
import { HANDOVER_HALF_LENGTH, handoverStateOf, isHandoverKind, splitOneTimePassword } from './credential-handover';

const AT = new Date('2026-11-28T02:00:00Z');

describe('credential handover (ADR 0020)', () => {
  it('splits a 16-character password into two halves of 8 that join back to it', () => {
    const password = 'Ab3#cdEFgh4%JKmn';
    const { firstHalf, secondHalf } = splitOneTimePassword(password);
    expect([firstHalf, secondHalf]).toEqual(['Ab3#cdEF', 'gh4%JKmn']);
    expect(firstHalf.length).toBe(HANDOVER_HALF_LENGTH);
    expect(firstHalf + secondHalf).toBe(password);
  });

  it.each([15, 17, 0])('refuses a password of %i characters', (length) => {
    expect(() => splitOneTimePassword('x'.repeat(length))).toThrow();
  });

  it.each([
    [{ issuedAt: null, supersededAt: null }, 'pending'],
    [{ issuedAt: AT, supersededAt: null }, 'issued'],
    [{ issuedAt: null, supersededAt: AT }, 'superseded'],
    [{ issuedAt: AT, supersededAt: AT }, 'issued'],
  ] as const)('state of %o is %s', (row, state) => {
    expect(handoverStateOf(row)).toBe(state);
  });

  it.each([
    ['created', true],
    ['reset', true],
    ['issued', false],
  ])('%s is a kind: %s', (kind, expected) => {
    expect(isHandoverKind(kind)).toBe(expected);
  });
});
