// F7 item 3: the TOTP second factor of back-office roles (RFC 6238 over RFC 4226 HOTP; secrets in RFC 4648
// base32). Pure: the HMAC-SHA1 is given by the caller (src/server/auth/totp-hmac.ts), since src/domain does no I/O
// and imports no node modules (.dependency-cruiser.cjs).

/** HMAC-SHA1 of the message under the key (RFC 2104): 20 bytes. */
export type HmacSha1 = (key: Uint8Array, message: Uint8Array) => Uint8Array;

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Codes one step either side of now are accepted, for clock drift and typing time (RFC 6238 §5.2). */
export const TOTP_WINDOW_STEPS = 1;
/** 160 bits, the length RFC 4226 §4 recommends and authenticator apps expect for SHA-1. */
export const TOTP_SECRET_BYTES = 20;

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 §6 base32 without padding (authenticator apps take it so). */
export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Reads base32 as people type it (any case, spaces, optional '=' padding); null when it is not base32. */
export function base32Decode(text: string): Uint8Array | null {
  const clean = text.replace(/[\s-]/g, '').replace(/=+$/, '').toUpperCase();
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = BASE32_ALPHABET.indexOf(char);
    if (value < 0) return null;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 255);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  return Uint8Array.from(out);
}

/** The secret in groups of four for typing it into an app by hand. */
export function groupSecret(secretBase32: string): string {
  return secretBase32.match(/.{1,4}/g)?.join(' ') ?? '';
}

/** The RFC 6238 time step T of an instant (milliseconds since the epoch). */
export function timeStepOf(unixMs: number): number {
  return Math.floor(unixMs / 1000 / TOTP_STEP_SECONDS);
}

/** RFC 4226 §5.3 HOTP: dynamic truncation of HMAC-SHA1(key, counter), `digits` decimal digits. */
export function hotp(hmac: HmacSha1, key: Uint8Array, counter: number, digits: number = TOTP_DIGITS): string {
  const message = new Uint8Array(8);
  const high = Math.floor(counter / 2 ** 32);
  const low = counter % 2 ** 32;
  for (let i = 0; i < 4; i += 1) {
    message[3 - i] = (high >>> (8 * i)) & 255;
    message[7 - i] = (low >>> (8 * i)) & 255;
  }
  const mac = hmac(key, message);
  const offset = (mac[mac.length - 1] ?? 0) & 15;
  const binary =
    (((mac[offset] ?? 0) & 0x7f) << 24) | ((mac[offset + 1] ?? 0) << 16) | ((mac[offset + 2] ?? 0) << 8) | (mac[offset + 3] ?? 0);
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The TOTP code at an instant. */
export function totpAt(hmac: HmacSha1, key: Uint8Array, unixMs: number, digits: number = TOTP_DIGITS): string {
  return hotp(hmac, key, timeStepOf(unixMs), digits);
}

export function isCodeShaped(code: string): boolean {
  return new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code);
}

/**
 * The time step whose code this is, within ±1 step of now and later than the last step already used (a code
 * is good once: RFC 6238 §5.2, ASVS 2.8.4), or null. Every candidate is computed and compared in full, so the
 * time taken does not say which step matched.
 */
export function findMatchingStep(
  hmac: HmacSha1,
  key: Uint8Array,
  code: string,
  unixMs: number,
  lastUsedStep: number | null = null,
): number | null {
  if (!isCodeShaped(code)) return null;
  const now = timeStepOf(unixMs);
  let matched: number | null = null;
  for (let step = now - TOTP_WINDOW_STEPS; step <= now + TOTP_WINDOW_STEPS; step += 1) {
    const isSame = isEqualText(hotp(hmac, key, step), code);
    if (isSame && matched === null && (lastUsedStep === null || step > lastUsedStep)) matched = step;
  }
  return matched;
}

function isEqualText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** The otpauth:// URI an authenticator app reads from the QR code (Key Uri Format): ASCII issuer, user name label. */
export function otpauthUri(input: { issuer: string; accountName: string; secretBase32: string }): string {
  const label = `${encodeURIComponent(input.issuer)}:${encodeURIComponent(input.accountName)}`;
  const query = [
    `secret=${input.secretBase32}`,
    `issuer=${encodeURIComponent(input.issuer)}`,
    'algorithm=SHA1',
    `digits=${TOTP_DIGITS}`,
    `period=${TOTP_STEP_SECONDS}`,
  ].join('&');
  return `otpauth://totp/${label}?${query}`;
}
