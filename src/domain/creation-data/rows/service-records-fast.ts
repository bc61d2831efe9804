// The fast path of the service-record schema: a row written the usual way (credit code in upper case without spaces,
// date as YYYY-MM-DD from 1900 on, known labels, no NUL character) is read with plain character checks and no
// intermediate objects. It only ever ACCEPTS: a row it does not take (any doubt, any problem) returns null and goes through the checked path, which
// gives the same values for every row this accepts (service-records-fast.test.ts compares the two).
import { CREDIT_CODE_ALPHABET } from '../../credit-code/credit-code';
import { findCityChild } from '../../divisions/divisions';
import { daysInMonth } from '../../shared/plain-date';
import { MIN_YEAR } from '../cells';
import type { RowContext } from '../row-schema';
import type { ServiceChannel, ServiceRecordRow } from './service-records';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** Value of each character code in the credit-code alphabet, -1 for any other. */
const CODE_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < CREDIT_CODE_ALPHABET.length; i += 1) CODE_VALUE[CREDIT_CODE_ALPHABET.charCodeAt(i)] = i;

const CHANNELS = new Map<string, ServiceChannel>([['线上', 'online'], ['线下', 'offline'], ['online', 'online'], ['offline', 'offline']]);
const SATISFACTION = new Map<string, number>([
  ['1', 1], ['2', 2], ['3', 3], ['4', 4], ['5', 5],
  ['非常满意', 5], ['满意', 4], ['一般', 3], ['不满意', 2], ['很不满意', 1], ['非常不满意', 1],
]);

function isValidCode(code: string): boolean {
  if (code.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const ch = code.charCodeAt(i);
    const value = ch < 128 ? CODE_VALUE[ch]! : -1;
    if (value < 0 || (i >= 2 && i < 8 && (ch < 48 || ch > 57))) return false;
    sum += value * WEIGHTS[i]!;
  }
  return code.charCodeAt(17) === CREDIT_CODE_ALPHABET.charCodeAt((31 - (sum % 31)) % 31);
}

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch < 48 || ch > 57) return -1;
    value = value * 10 + ch - 48;
  }
  return value;
}

/** YYYY-MM-DD of a day that exists, from 1900 on, not after today. */
function isCanonicalDate(date: string, today: string): boolean {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return false;
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  return year >= MIN_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && date <= today;
}

export function parseCanonicalRow(cells: readonly string[], context: RowContext): ServiceRecordRow | null {
  const id = (cells[0] ?? '').trim();
  if (id.length > 64 || id.includes('\u0000')) return null;
  const creditCode = cells[1] ?? '';
  if (!isValidCode(creditCode)) return null;
  const enterpriseName = (cells[2] ?? '').trim();
  if (enterpriseName === '' || enterpriseName.length > 100 || enterpriseName.includes('\u0000')) return null;
  const divisionCode = (cells[3] ?? '').trim();
  if (!findCityChild(divisionCode)) return null;
  const serviceItem = (cells[4] ?? '').trim();
  if (!context.serviceItems.includes(serviceItem)) return null;
  const serviceDate = (cells[5] ?? '').trim();
  if (!isCanonicalDate(serviceDate, context.today)) return null;
  const channel = CHANNELS.get((cells[6] ?? '').trim());
  if (channel === undefined) return null;
  const answer = (cells[7] ?? '').trim();
  const satisfaction = answer === '' ? null : SATISFACTION.get(answer);
  if (satisfaction === undefined) return null;
  return { externalId: id === '' ? null : id, creditCode, enterpriseName, divisionCode, serviceItem, serviceDate, channel, satisfaction };
}
