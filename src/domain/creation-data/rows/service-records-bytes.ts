// The byte path of the service-record schema: a big CSV import hands each record over as byte spans of one UTF-8
// buffer (byte-records.ts), and a row written the usual way is checked and keyed here straight from those bytes —
// no string, array or object per row, as it runs a million times per import. It ONLY ACCEPTS: it returns true only
// for a row that parseRowChecked reads to exactly the values the spans stand for (serviceRecordOfSpans), keyed as
// recordKeyOf(serviceRecordIdentity(row)). Anything doubtful returns false and the engine runs the checked path on
// strings, which gives the reasons (service-records-bytes.test.ts compares the two).
import { CREDIT_CODE_ALPHABET } from '../../credit-code/credit-code';
import { CITIES } from '../../divisions/divisions';
import { daysInMonth } from '../../shared/plain-date';
import type { ByteRecords } from '../byte-records';
import { MIN_YEAR } from '../cells';
import { RecordKeyHasher } from '../record-key';
import type { RowContext } from '../row-schema';
import { CHANNEL_LABELS, SATISFACTION_ANSWERS, type ServiceChannel, type ServiceRecordRow } from './service-records';

/** Where one accepted row's values are, as byte offsets into `records.bytes`; one object reused for every row. */
export interface ServiceRecordSpans {
  idStart: number; idEnd: number; // idStart === idEnd: no id (externalId null)
  codeStart: number; // 18 ASCII bytes
  nameStart: number; nameEnd: number;
  divisionStart: number; divisionEnd: number;
  itemStart: number; itemEnd: number; // bytes equal to the UTF-8 of one of context.serviceItems
  dateNumber: number; // yyyymmdd, e.g. 20260305
  channel: ServiceChannel;
  satisfaction: number; // 1 … 5, 0 = none (null)
  keyHi: number; keyLo: number; // recordKeyOf(serviceRecordIdentity(row)): hi signed, lo unsigned
}

export function createServiceRecordSpans(): ServiceRecordSpans {
  return { idStart: 0, idEnd: 0, codeStart: 0, nameStart: 0, nameEnd: 0, divisionStart: 0, divisionEnd: 0, itemStart: 0, itemEnd: 0, dateNumber: 0, channel: 'online', satisfaction: 0, keyHi: 0, keyLo: 0 };
}

const encoder = new TextEncoder();
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** Value of each byte in the credit-code alphabet, -1 for any other: lower case is declined, as the spans would not hold the upper-cased code readCreditCode gives. */
const CODE_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < CREDIT_CODE_ALPHABET.length; i += 1) CODE_VALUE[CREDIT_CODE_ALPHABET.charCodeAt(i)] = i;
// findCityChild's codes by length, then by number (a Set of numbers alone would take '000440106' for 440106); the
// 6-digit ones as a bit set, cheaper per row than a Set lookup.
const SIX_DIGIT_CODES = new Uint32Array(1_000_000 / 32);
const NINE_DIGIT_CODES = new Set<number>();
for (const city of CITIES) {
  for (const child of city.children) {
    if (/^\d{6}$/.test(child.code)) SIX_DIGIT_CODES[Number(child.code) >>> 5]! |= 1 << (Number(child.code) & 31);
    if (/^\d{9}$/.test(child.code)) NINE_DIGIT_CODES.add(Number(child.code));
  }
}
/** readChoice takes the label or the key itself. */
const CHANNEL_KEYS = (Object.keys(CHANNEL_LABELS) as ServiceChannel[]).flatMap((key) => [key, key]);
const CHANNEL_BYTES = CHANNEL_KEYS.map((key, i) => encoder.encode(i % 2 === 0 ? CHANNEL_LABELS[key] : key));
const SATISFACTION_SCORES = SATISFACTION_ANSWERS.map(([score]) => score);
const SATISFACTION_BYTES = SATISFACTION_ANSWERS.map(([, label]) => encoder.encode(label));
const YEAR = encoder.encode('年');
const MONTH = encoder.encode('月');
const DAY = encoder.encode('日');

function equalAt(bytes: Uint8Array, at: number, target: Uint8Array): boolean {
  for (let i = 0; i < target.length; i += 1) if (bytes[at + i] !== target[i]) return false;
  return true;
}

/** Which of `targets` bytes `start … end − 1` are, -1 for none. */
function indexOfBytes(bytes: Uint8Array, start: number, end: number, targets: readonly Uint8Array[]): number {
  for (let i = 0; i < targets.length; i += 1) if (targets[i]!.length === end - start && equalAt(bytes, start, targets[i]!)) return i;
  return -1;
}

/**
 * Whether a code point could be removed by String.prototype.trim (or readCreditCode's \s): every white space and line
 * terminator, plus, to be safe, every control character and U+180E (white space in older Unicode).
 */
function isTrimmable(cp: number): boolean {
  return cp <= 0x20 || (cp >= 0x7f && cp <= 0xa0) || cp === 0x1680 || cp === 0x180e || (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0xfeff;
}

/** The code point whose UTF-8 starts at byte i (the spans are valid UTF-8, byte-records.ts). */
function codePointAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return b;
  if (b < 0xe0) return ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
  if (b < 0xf0) return ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
  return ((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
}

/** Non-empty, nothing trim would remove at either end, no NUL, at most `maxUnits` UTF-16 code units (readText). */
function isPlainText(bytes: Uint8Array, start: number, end: number, maxUnits: number): boolean {
  if (start === end || isTrimmable(codePointAt(bytes, start))) return false;
  let last = end - 1;
  while ((bytes[last]! & 0xc0) === 0x80) last -= 1;
  if (isTrimmable(codePointAt(bytes, last))) return false;
  let units = 0;
  for (let i = start; i < end; i += 1) {
    const b = bytes[i]!;
    if (b === 0) return false;
    // A lead byte starts a character; a 4-byte one is a surrogate pair in UTF-16.
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
  }
  return units <= maxUnits;
}

/** An optional id (readText, 64): ASCII only, nothing trimmable at the ends, no NUL. */
function isPlainId(bytes: Uint8Array, start: number, end: number): boolean {
  if (start === end) return true;
  if (end - start > 64 || bytes[start]! <= 0x20 || bytes[end - 1]! <= 0x20) return false;
  for (let i = start; i < end; i += 1) if (bytes[i]! === 0 || bytes[i]! >= 0x7f) return false;
  return true;
}

/** GB 32100 as findCreditCodeProblem checks it, on 18 bytes already in upper case. */
function isCreditCode(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const b = bytes[start + i]!;
    const value = CODE_VALUE[b]!;
    if (value < 0 || (i >= 2 && i < 8 && value > 9)) return false;
    sum += value * WEIGHTS[i]!;
  }
  return bytes[start + 17] === CREDIT_CODE_ALPHABET.charCodeAt((31 - (sum % 31)) % 31);
}

function digitsValue(bytes: Uint8Array, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i += 1) {
    const b = bytes[i]!;
    if (b < 48 || b > 57) return -1;
    value = value * 10 + b - 48;
  }
  return value;
}

/** readDivisionCode: 6 or 9 digits that findCityChild knows. */
function isDivisionCode(bytes: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  if (length !== 6 && length !== 9) return false;
  const value = digitsValue(bytes, start, end);
  if (value < 0) return false;
  return length === 6 ? (SIX_DIGIT_CODES[value >>> 5]! & (1 << (value & 31))) !== 0 : NINE_DIGIT_CODES.has(value);
}

/** Where a date separator (one of `-/.` or `word`) ends, -1 when there is none at `at`. */
function afterSeparator(bytes: Uint8Array, at: number, end: number, word: Uint8Array): number {
  if (at >= end) return -1;
  const b = bytes[at]!;
  if (b === 45 || b === 47 || b === 46) return at + 1;
  return at + word.length <= end && equalAt(bytes, at, word) ? at + word.length : -1;
}

/** Where a run of 1 or 2 digits starting at `at` ends, -1 when there is none. */
function afterDigits(bytes: Uint8Array, at: number, end: number): number {
  let i = at;
  while (i < end && i < at + 2 && bytes[i]! >= 48 && bytes[i]! <= 57) i += 1;
  return i === at || (i < end && bytes[i]! >= 48 && bytes[i]! <= 57) ? -1 : i;
}

/** readDate's pattern (2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日) as yyyymmdd of a day that exists from MIN_YEAR on, else -1. */
function dateNumberOf(bytes: Uint8Array, start: number, end: number): number {
  if (end - start < 8) return -1;
  const year = digitsValue(bytes, start, start + 4);
  const monthStart = afterSeparator(bytes, start + 4, end, YEAR);
  const monthEnd = monthStart < 0 ? -1 : afterDigits(bytes, monthStart, end);
  const dayStart = monthEnd < 0 ? -1 : afterSeparator(bytes, monthEnd, end, MONTH);
  const dayEnd = dayStart < 0 ? -1 : afterDigits(bytes, dayStart, end);
  if (year < MIN_YEAR || dayEnd < 0 || (dayEnd !== end && !(dayEnd + DAY.length === end && equalAt(bytes, dayEnd, DAY)))) return -1;
  const month = digitsValue(bytes, monthStart, monthEnd);
  const day = digitsValue(bytes, dayStart, dayEnd);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return year * 10000 + month * 100 + day;
}

/** optional(readSatisfaction): 0 for empty, the score 1 … 5, or -1. Digits may have leading zeros ('05' is 5). */
function satisfactionOf(bytes: Uint8Array, start: number, end: number): number {
  if (start === end) return 0;
  let i = start;
  while (i < end - 1 && bytes[i] === 48) i += 1;
  if (i === end - 1 && bytes[i]! >= 49 && bytes[i]! <= 53) return bytes[i]! - 48;
  const label = indexOfBytes(bytes, start, end, SATISFACTION_BYTES);
  return label < 0 ? -1 : SATISFACTION_SCORES[label]!;
}

/** Per import: precomputes what the context allows (item bytes, today as yyyymmdd). */
export function serviceRecordByteReader(context: RowContext): (records: ByteRecords, r: number, indexes: readonly number[], out: ServiceRecordSpans) => boolean {
  // An item readServiceItem could not match as written (empty, padded, with NUL) is left out: its cells decline.
  const items = context.serviceItems.filter((item) => item !== '' && item === item.trim() && !item.includes('\u0000'));
  const itemBytes = items.map((item) => encoder.encode(item));
  // readDate compares YYYY-MM-DD strings; only a today written so compares the same as a number (else nothing is taken).
  const today = /^\d{4}-\d{2}-\d{2}$/.test(context.today) ? Number(context.today.replace(/-/g, '')) : -1;
  const hasher = new RecordKeyHasher();
  /** Start and end of each column's cell in the record being read (COLUMNS order). */
  const cell = new Int32Array(16);

  return (records, r, indexes, out) => {
    const { bytes, spans, bounds } = records;
    const first = bounds[r]!;
    const count = bounds[r + 1]! - first;
    for (let c = 0; c < 8; c += 1) {
      // A column left out (-1) or past the record's last field is the empty cell ''.
      const index = indexes[c]!;
      const inRecord = index >= 0 && index < count;
      cell[2 * c] = inRecord ? spans[2 * (first + index)]! : 0;
      cell[2 * c + 1] = inRecord ? spans[2 * (first + index) + 1]! : 0;
    }
    if (!isPlainId(bytes, cell[0]!, cell[1]!) || !isCreditCode(bytes, cell[2]!, cell[3]!)) return false;
    if (!isPlainText(bytes, cell[4]!, cell[5]!, 100) || !isDivisionCode(bytes, cell[6]!, cell[7]!)) return false;
    const item = indexOfBytes(bytes, cell[8]!, cell[9]!, itemBytes);
    const date = item < 0 ? -1 : dateNumberOf(bytes, cell[10]!, cell[11]!);
    const channel = date < 0 || date > today ? -1 : indexOfBytes(bytes, cell[12]!, cell[13]!, CHANNEL_BYTES);
    const satisfaction = channel < 0 ? -1 : satisfactionOf(bytes, cell[14]!, cell[15]!);
    if (satisfaction < 0) return false;
    out.idStart = cell[0]!;
    out.idEnd = cell[1]!;
    out.codeStart = cell[2]!;
    out.nameStart = cell[4]!;
    out.nameEnd = cell[5]!;
    out.divisionStart = cell[6]!;
    out.divisionEnd = cell[7]!;
    out.itemStart = cell[8]!;
    out.itemEnd = cell[9]!;
    out.dateNumber = date;
    out.channel = CHANNEL_KEYS[channel]!;
    out.satisfaction = satisfaction;

    // serviceRecordIdentity, fed to the hasher unit by unit (ids and codes are ASCII: one byte, one code unit).
    hasher.reset();
    if (out.idStart !== out.idEnd) {
      hasher.text('id\u0001');
      hasher.ascii(bytes, out.idStart, out.idEnd);
    } else {
      hasher.text('c\u0001');
      hasher.ascii(bytes, out.codeStart, out.codeStart + 18);
      hasher.unit(1);
      hasher.ascii(bytes, out.divisionStart, out.divisionEnd);
      hasher.unit(1);
      hasher.text(items[item]!);
      hasher.unit(1);
      for (let divisor = 10_000_000; divisor >= 1; divisor /= 10) {
        hasher.unit(48 + (Math.floor(date / divisor) % 10));
        if (divisor === 10_000 || divisor === 100) hasher.unit(45);
      }
      hasher.unit(1);
      hasher.text(out.channel);
    }
    hasher.finish();
    out.keyHi = hasher.hi;
    out.keyLo = hasher.lo;
    return true;
  };
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The row the spans stand for (decoding the spans) — used by tests and for comparison. */
export function serviceRecordOfSpans(bytes: Uint8Array, spans: ServiceRecordSpans): ServiceRecordRow {
  const text = (start: number, end: number): string => decoder.decode(bytes.subarray(start, end));
  const date = String(spans.dateNumber);
  return {
    externalId: spans.idStart === spans.idEnd ? null : text(spans.idStart, spans.idEnd),
    creditCode: text(spans.codeStart, spans.codeStart + 18),
    enterpriseName: text(spans.nameStart, spans.nameEnd),
    divisionCode: text(spans.divisionStart, spans.divisionEnd),
    serviceItem: text(spans.itemStart, spans.itemEnd),
    serviceDate: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
    channel: spans.channel,
    satisfaction: spans.satisfaction === 0 ? null : spans.satisfaction,
  };
}
