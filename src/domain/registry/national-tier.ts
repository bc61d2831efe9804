import { isValidCreditCode, normaliseCreditCode } from '../credit-code/credit-code';
import { REGISTRY_MAX_YEAR, REGISTRY_MIN_YEAR, type RegistryStatus } from './filters';

// 国家级名单导入 (Art. 9: 获工业和信息化部认定的国家中小企业公共服务示范平台…信息数据库同时列示): how a row of MIIT's
// list ends. Matching is by the operator's unified social credit code (the one identifier both lists share).

export const NATIONAL_ROW_OUTCOMES = [
  /** One certified entry of the operator: marked national now. */
  'marked',
  /** Its entry was already national. */
  'already_national',
  /** The operator's entry is not certified (creating, rectifying, revoked…): left for the province to look at. */
  'not_certified',
  /** Several entries of the operator: the province picks one. */
  'ambiguous',
  /** No entry of that credit code, or the code is malformed: the province picks one or lists it as national-only. */
  'unmatched',
  /** Resolved by hand: the province picked the entry. */
  'manually_matched',
  /** Resolved by hand: listed as a national-only entry (source miit). */
  'created',
  /** Resolved by hand: the province decided the row needs nothing (e.g. a duplicate line). */
  'dismissed',
] as const;
export type NationalRowOutcome = (typeof NATIONAL_ROW_OUTCOMES)[number];

export const NATIONAL_ROW_OUTCOME_LABELS: Record<NationalRowOutcome, string> = {
  marked: '已标注国家级',
  already_national: '原已为国家级',
  not_certified: '对应条目未处于已认定状态',
  ambiguous: '同一信用代码有多个条目，待人工匹配',
  unmatched: '未匹配，待人工匹配',
  manually_matched: '已人工匹配并标注',
  created: '已作为国家级条目列入',
  dismissed: '已确认无需处理',
};

/** Rows still waiting for the province's hand. */
export const OPEN_NATIONAL_ROW_OUTCOMES: readonly NationalRowOutcome[] = ['not_certified', 'ambiguous', 'unmatched'];

/** What matching needs of a registry entry of the row's operator. */
export interface NationalMatchCandidate {
  id: string;
  operatorCreditCode: string | null;
  /** The public status (ADR 0017): only 已认定 entries are marked. */
  status: RegistryStatus;
  isNational: boolean;
  /**
   * Whether the mark can be made now: always for legacy and MIIT entries; for a programme entry only while its
   * application is in the lifecycle state `certified` (mark_national is refused during a re-review, Art. 9–10).
   */
  canBeMarked: boolean;
}

export type NationalRowMatch =
  | { outcome: 'marked' | 'already_national'; entryId: string }
  | { outcome: 'not_certified' | 'ambiguous' | 'unmatched'; entryId: string | null };

/** The row's credit code as matching compares it (spaces dropped, upper case), or null when it is not a valid one. */
export function nationalRowCreditCode(raw: string): string | null {
  const code = normaliseCreditCode(raw);
  return isValidCreditCode(code) ? code : null;
}

/**
 * How a row of MIIT's list is matched (Art. 9; ADR 0017): by the operator's credit code alone. The entries that
 * could be the row's are those already national and those 已认定; exactly one of them decides the outcome, several
 * are left to the province, none means the operator's entries are all outside 已认定 (or it has none).
 */
export function matchNationalRow(rawCreditCode: string, entries: readonly NationalMatchCandidate[]): NationalRowMatch {
  const code = nationalRowCreditCode(rawCreditCode);
  if (!code) return { outcome: 'unmatched', entryId: null };
  const own = entries.filter((entry) => entry.operatorCreditCode === code);
  if (own.length === 0) return { outcome: 'unmatched', entryId: null };
  const candidates = own.filter((entry) => entry.isNational || entry.status === 'certified');
  if (candidates.length === 0) return { outcome: 'not_certified', entryId: own.length === 1 ? own[0]!.id : null };
  if (candidates.length > 1) return { outcome: 'ambiguous', entryId: null };
  const entry = candidates[0]!;
  if (entry.isNational) return { outcome: 'already_national', entryId: entry.id };
  return entry.canBeMarked ? { outcome: 'marked', entryId: entry.id } : { outcome: 'not_certified', entryId: entry.id };
}

/**
 * The batch year a row's 批次 text names (2025年度, 第七批（2024）…) for an entry listed as national-only: the first
 * four-digit 19xx–21xx run (full-width digits too), kept only within the registry's year range (a year filter outside it finds nothing).
 */
export function batchYearOf(text: string | null): number | null {
  // NFKC first: a list typed in a Chinese input method may carry full-width digits (２０２５年).
  const year = Number(/(?:19|20|21)\d{2}/.exec((text ?? '').normalize('NFKC'))?.[0]);
  return Number.isInteger(year) && year >= REGISTRY_MIN_YEAR && year <= REGISTRY_MAX_YEAR ? year : null;
}
