// F7 item 2: the one-time password the system administrator hands over (new account, reset). It meets the
// password policy (等保2.0 三级 8.1.4.1 身份鉴别: 复杂度) by construction: four classes, 16 characters. The
// caller supplies the random bytes (crypto) so this stays pure; look-alike characters (0/O, 1/l/I) are left out
// because the password is read aloud or typed from a screen.
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '#%+=@!?';
const ALL = LOWER + UPPER + DIGITS + SYMBOLS;

export const INITIAL_PASSWORD_LENGTH = 16;
/** Bytes needed: one per character and one per shuffle step. */
export const INITIAL_PASSWORD_RANDOM_BYTES = INITIAL_PASSWORD_LENGTH * 2;

function pick(alphabet: string, byte: number): string {
  return alphabet.charAt(byte % alphabet.length);
}

export function initialPasswordFrom(random: Uint8Array): string {
  if (random.length < INITIAL_PASSWORD_RANDOM_BYTES) throw new Error(`initialPasswordFrom needs ${INITIAL_PASSWORD_RANDOM_BYTES} random bytes`);
  const chars = [pick(LOWER, random[0] ?? 0), pick(UPPER, random[1] ?? 0), pick(DIGITS, random[2] ?? 0), pick(SYMBOLS, random[3] ?? 0)];
  for (let i = 4; i < INITIAL_PASSWORD_LENGTH; i += 1) chars.push(pick(ALL, random[i] ?? 0));
  // Fisher–Yates with the second half of the bytes, so the class of a position is not predictable.
  for (let i = chars.length - 1; i > 0; i -= 1) {
    const j = (random[INITIAL_PASSWORD_LENGTH + i] ?? 0) % (i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}
