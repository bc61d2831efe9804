// GB/T 4754-2017 国民经济行业分类 codes: a 门类 letter (A–T) over 2-digit 大类 (01–97), 3-digit 中类 and 4-digit 小类.
// A base's enterprises give their 小类 (Attachment 2: 主导产业营业收入占比 needs each enterprise's industry), and the
// base names its leading industry by one or more codes at any level; an enterprise is in the leading industry when
// its 小类 starts with one of them. Codes are stored with their letter, e.g. C3981, so a prefix match is a startsWith.
import type { CellResult } from '../cells';
import { MISSING } from '../cells';

/** The first and last 大类 of each 门类 (GB/T 4754-2017; 01–97 without gaps). */
const SECTION_DIVISIONS: readonly (readonly [string, number, number])[] = [
  ['A', 1, 5],
  ['B', 6, 12],
  ['C', 13, 43],
  ['D', 44, 46],
  ['E', 47, 50],
  ['F', 51, 52],
  ['G', 53, 60],
  ['H', 61, 62],
  ['I', 63, 65],
  ['J', 66, 69],
  ['K', 70, 70],
  ['L', 71, 72],
  ['M', 73, 75],
  ['N', 76, 79],
  ['O', 80, 82],
  ['P', 83, 83],
  ['Q', 84, 85],
  ['R', 86, 90],
  ['S', 91, 96],
  ['T', 97, 97],
];

/** The 门类 letter of a 2-digit 大类, or null when no 大类 has that number. */
export function sectionOf(division: string): string | null {
  const n = Number(division);
  if (!/^\d{2}$/.test(division)) return null;
  return SECTION_DIVISIONS.find(([, first, last]) => n >= first && n <= last)?.[0] ?? null;
}

const CODE_PATTERN = /^([A-Za-z])?(\d{2,4})?$/;

/**
 * A code at any level (C, C39, 39, C398, 3981, C3981…) with its letter, upper case; null with the reason when the
 * digits name no 大类 or the letter does not match them.
 */
function normaliseCode(raw: string): CellResult<string> {
  const value = raw.trim();
  const match = CODE_PATTERN.exec(value);
  if (!match || (!match[1] && !match[2])) return { ok: false, reason: `“${value}”不是国民经济行业分类（GB/T 4754-2017）代码` };
  const letter = match[1]?.toUpperCase();
  const digits = match[2] ?? '';
  if (!digits) {
    return SECTION_DIVISIONS.some(([section]) => section === letter)
      ? { ok: true, value: letter! }
      : { ok: false, reason: `门类字母应为A至T，而不是“${value}”` };
  }
  const section = sectionOf(digits.slice(0, 2));
  if (!section) return { ok: false, reason: `“${value}”中的大类${digits.slice(0, 2)}不存在（应为01至97）` };
  if (letter && letter !== section) return { ok: false, reason: `“${value}”的门类字母与大类${digits.slice(0, 2)}不符（应为${section}）` };
  return { ok: true, value: section + digits };
}

/** An enterprise's 小类: C3981 or 3981 → C3981. */
export function readIndustryClass(raw: string): CellResult<string> {
  const value = raw.trim();
  if (value === '') return { ok: false, reason: MISSING };
  if (!/^[A-Za-z]?\d{4}$/.test(value)) {
    return { ok: false, reason: `应为国民经济行业分类（GB/T 4754-2017）小类代码，例如C3981或3981，而不是“${value}”` };
  }
  return normaliseCode(value);
}

const LIST_SEPARATORS = /[、,，;；\s]+/;

/** One or more codes at any level separated by 、，；: "C39、C40" → ['C39', 'C40'] (duplicates dropped). */
export function readIndustryCodeList(raw: string, maxCount: number): CellResult<string[]> {
  const parts = raw.split(LIST_SEPARATORS).filter((part) => part !== '');
  if (parts.length === 0) return { ok: false, reason: MISSING };
  const codes: string[] = [];
  for (const part of parts) {
    const result = normaliseCode(part);
    if (!result.ok) return result;
    if (!codes.includes(result.value)) codes.push(result.value);
  }
  if (codes.length > maxCount) return { ok: false, reason: `最多填写${maxCount}个行业代码` };
  return { ok: true, value: codes };
}

/** Whether an enterprise's 小类 (e.g. C3981) falls under one of the leading-industry codes (e.g. C39 or C). */
export function isInIndustries(industryClass: string, codes: readonly string[]): boolean {
  return codes.some((code) => industryClass.startsWith(code));
}
