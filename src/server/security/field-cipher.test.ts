import { describe, expect, it } from 'vitest';
import { FieldCipherError, isSealed, open, openField, seal, sealField } from './field-cipher';

const KEY = Buffer.alloc(32, 0x11);
const OTHER_KEY = Buffer.alloc(32, 0x22);

function flipByteAt(sealed: string, index: number): string {
  const bytes = Buffer.from(sealed.slice(3), 'base64url');
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return `v1:${bytes.toString('base64url')}`;
}

describe('field cipher (F7 item 6)', () => {
  it.each(['13812345678', '020-12345678', '', '张三 13800138000', 'JBSWY3DPEHPK3PXP'])('round-trips %j', (plaintext) => {
    const sealed = sealField(KEY, plaintext);
    expect(sealed.startsWith('v1:')).toBe(true);
    expect(isSealed(sealed)).toBe(true);
    expect(openField(KEY, sealed)).toBe(plaintext);
  });

  it('never shows the plaintext in the sealed value', () => {
    expect(sealField(KEY, '13812345678')).not.toContain('13812345678');
  });

  it('gives a different value each time (random IV)', () => {
    const values = new Set(Array.from({ length: 20 }, () => sealField(KEY, '13812345678')));
    expect(values.size).toBe(20);
  });

  it('refuses a wrong key', () => {
    const sealed = sealField(KEY, '13812345678');
    expect(() => openField(OTHER_KEY, sealed)).toThrow(FieldCipherError);
    expect(() => openField(OTHER_KEY, sealed)).toThrow(/密钥不符/);
  });

  // iv (0–11), tag (12–27) and ciphertext (28–) each authenticated.
  it.each([0, 11, 12, 27, 28, 38])('refuses a value with byte %i changed', (index) => {
    const tampered = flipByteAt(sealField(KEY, '13812345678'), index);
    expect(() => openField(KEY, tampered)).toThrow(/已被篡改/);
  });

  it.each([
    ['plaintext', '13812345678', /版本前缀/],
    ['unknown version', 'v2:AAAA', /版本前缀/],
    ['truncated', `v1:${Buffer.alloc(27).toString('base64url')}`, /截断/],
  ])('refuses a %s value', (_label, value, message) => {
    expect(() => openField(KEY, value)).toThrow(message);
  });

  it.each([
    ['13812345678', false],
    ['v1:', false],
    ['v1:abc+/', false],
    ['v1:abc_-', true],
  ])('isSealed(%j) is %s', (value, expected) => {
    expect(isSealed(value)).toBe(expected);
  });

  it.each([16, 31, 33])('refuses a %i-byte key', (length) => {
    expect(() => sealField(Buffer.alloc(length), 'x')).toThrow(/32字节/);
    expect(() => openField(Buffer.alloc(length), sealField(KEY, 'x'))).toThrow(/32字节/);
  });

  it('binds a value to its associated data: another row\'s value does not open', () => {
    const sealed = sealField(KEY, 'JBSWY3DPEHPK3PXP', 'totp:user-1');
    expect(openField(KEY, sealed, 'totp:user-1')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => openField(KEY, sealed, 'totp:user-2')).toThrow(FieldCipherError);
    expect(() => openField(KEY, sealed)).toThrow(FieldCipherError);
    expect(() => openField(KEY, sealField(KEY, 'x'), 'totp:user-1')).toThrow(FieldCipherError);
  });

  it('exports seal/open as the same functions', () => {
    expect(open(KEY, seal(KEY, 'a'))).toBe('a');
  });
});
