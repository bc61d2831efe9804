import { describe, expect, it } from 'vitest';
import { maskPhone } from './mask';

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['020-12345678', '020*****5678'],
    ['12345', '*2345'],
    ['1234', '****'],
    ['', ''],
  ])('%s → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});
