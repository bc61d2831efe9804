// Reading one cell of an import (Excel, CSV, JSON push or form) into a value, or a Chinese reason naming what is
// wrong. Used a million times per big import, so plain string checks rather than a schema library.
import { CREDIT_CODE_MESSAGES, findCreditCodeProblem, normaliseCreditCode } from '../credit-code/credit-code';
import { daysInMonth, type PlainDate } from '../shared/plain-date';

export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (reason: string): CellResult<never> => ({ ok: false, reason });

export const MISSING = '不能为空';
/** PostgreSQL text cannot hold U+0000, and it is never meant: a file damaged or exported badly. */
export const HAS_NUL = '含有空字符（NUL），可能是文件损坏或导出有误，请删除后重新填写';
/** Dates before 1900 are typing mistakes (0026 for 2026), never a service of the creation period. */
export const MIN_YEAR = 1900;

export function readText(raw: string, maxLength: number): CellResult<string> {
  const value = raw.trim();
  if (value === '') return fail(MISSING);
  if (value.includes('\u0000')) return fail(HAS_NUL);
  if (value.length > maxLength) return fail(`不能超过${maxLength}个字`);
  return ok(value);
}

export function readCreditCode(raw: string): CellResult<string> {
  const code = normaliseCreditCode(raw);
  if (code === '') return fail(MISSING);
  const problem = findCreditCodeProblem(code);
  return problem ? fail(CREDIT_CODE_MESSAGES[problem]) : ok(code);
}

const DATE_PATTERN = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;

/** A calendar date written 2026-03-05, 2026/3/5, 2026.3.5 or 2026年3月5日; 2026-02-30 is refused as not existing. */
export function readDate(raw: string, limits: { notAfter?: PlainDate; notBefore?: PlainDate } = {}): CellResult<PlainDate> {
  const value = raw.trim();
  if (value === '') return fail(MISSING);
  const match = DATE_PATTERN.exec(value);
  if (!match) return fail('日期格式应为YYYY-MM-DD，例如2026-03-05');
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail(`日期${value}不存在`);
  if (year < MIN_YEAR) return fail(`日期${value}的年份早于${MIN_YEAR}年，请检查年份是否写全（例如2026）`);
  const date = `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (limits.notAfter && date > limits.notAfter) return fail(`日期${date}晚于今天（${limits.notAfter}）`);
  if (limits.notBefore && date < limits.notBefore) return fail(`日期${date}早于${limits.notBefore}`);
  return ok(date);
}

export function readInteger(raw: string, limits: { min: number; max: number }): CellResult<number> {
  const value = raw.trim().replace(/,/g, '');
  if (value === '') return fail(MISSING);
  if (!/^-?\d+$/.test(value)) return fail(`应为整数，而不是“${raw.trim()}”`);
  const n = Number(value);
  if (n < limits.min || n > limits.max) return fail(`应为${limits.min}至${limits.max}之间的整数`);
  return ok(n);
}

/** A non-negative amount with at most `decimals` decimal places (万元, 亩, minutes). */
export function readDecimal(raw: string, limits: { min: number; max: number; decimals: number }): CellResult<number> {
  const value = raw.trim().replace(/,/g, '');
  if (value === '') return fail(MISSING);
  if (!/^-?\d+(\.\d+)?$/.test(value)) return fail(`应为数字，而不是“${raw.trim()}”`);
  const decimals = value.split('.')[1]?.length ?? 0;
  if (decimals > limits.decimals) return fail(`最多保留${limits.decimals}位小数`);
  const n = Number(value);
  if (n < limits.min || n > limits.max) return fail(`应在${limits.min}至${limits.max}之间`);
  return ok(n);
}

/** One of a closed list, written as its Chinese label (or the key itself, for the JSON push API). */
export function readChoice<K extends string>(raw: string, labels: Readonly<Record<K, string>>): CellResult<K> {
  const value = raw.trim();
  if (value === '') return fail(MISSING);
  for (const [key, label] of Object.entries(labels) as [K, string][]) if (value === label || value === key) return ok(key);
  return fail(`应为${Object.values(labels).map((l) => `“${l}”`).join('或')}之一，而不是“${value}”`);
}

export const YES_NO: Readonly<Record<'yes' | 'no', string>> = { yes: '是', no: '否' };

export function readYesNo(raw: string): CellResult<boolean> {
  const result = readChoice(raw, YES_NO);
  return result.ok ? ok(result.value === 'yes') : result;
}

export function optional<T>(raw: string, read: (raw: string) => CellResult<T>): CellResult<T | null> {
  return raw.trim() === '' ? ok(null) : read(raw);
}
