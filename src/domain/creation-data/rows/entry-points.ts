// 服务入口 (Attachment 1, 运行便捷稳定): creation needs a PC entry; certification needs PC and mobile entries and either
// no registration or registration completed within 8 minutes. An entry is one (type, address); a later row for it
// supersedes the earlier one, and 是否在用 = 否 records an entry taken down (DESIGN §5).
import { MISSING, optional, readChoice, readDate, readDecimal, readYesNo, type CellResult } from '../cells';
import type { DatasetColumn, DatasetRowSchema } from '../row-schema';
import type { PlainDate } from '../../shared/plain-date';
import { readRow, YES_NO_CHOICES } from './row-reader';

export const ENTRY_KINDS = ['pc', 'mobile'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const ENTRY_KIND_LABELS: Record<EntryKind, string> = { pc: 'PC端', mobile: '移动端' };

export const MOBILE_TYPES = ['app', 'miniProgram', 'officialAccount', 'h5'] as const;
export type MobileType = (typeof MOBILE_TYPES)[number];
export const MOBILE_TYPE_LABELS: Record<MobileType, string> = { app: 'APP', miniProgram: '小程序', officialAccount: '公众号', h5: 'H5' };

export interface EntryPointRow {
  kind: EntryKind;
  mobileType: MobileType | null;
  address: string;
  /** Minutes a new user needs to register; null when users need not register. */
  registrationMinutes: number | null;
  asOf: PlainDate;
  isActive: boolean;
}

/** A registration longer than a day is a typing error, not a slow form. */
export const MAX_REGISTRATION_MINUTES = 1440;

const URL_PATTERN = /^https?:\/\/[^\s/?#:]+\.[^\s/?#:]+(:\d{1,5})?([/?#]\S*)?$/i;

/**
 * A web address; a 小程序 or 公众号 may be given by its name instead, since it has none. `nameOf` says which kind of
 * entry may be named ('小程序', '公众号', or both while the type itself is in doubt), null when only addresses do.
 */
export function readEntryAddress(raw: string, nameOf: string | null): CellResult<string> {
  const value = raw.trim();
  if (value === '') return { ok: false, reason: MISSING };
  if (value.length > 500) return { ok: false, reason: '不能超过500个字' };
  if (URL_PATTERN.test(value)) return { ok: true, value };
  if (nameOf) {
    return /^https?:/i.test(value) || value.length > 100
      ? { ok: false, reason: `应为以http://或https://开头的网址，或${nameOf}名称（100字以内）` }
      : { ok: true, value };
  }
  return { ok: false, reason: `应为以http://或https://开头的网址，例如https://www.example.gov.cn，而不是“${value}”` };
}

function nameableAs(kind: EntryKind | undefined, mobileType: MobileType | null): string | null {
  if (kind === 'pc') return null;
  if (mobileType === 'miniProgram' || mobileType === 'officialAccount') return MOBILE_TYPE_LABELS[mobileType];
  // The type is missing or wrong (already reported): do not add a second problem the right type would not have.
  return mobileType === null ? '小程序、公众号' : null;
}

export const ENTRY_POINT_COLUMNS = [
  { key: 'kind', header: '入口类型', isRequired: true, example: 'PC端', hint: 'PC端或移动端', choices: () => Object.values(ENTRY_KIND_LABELS) },
  { key: 'mobileType', header: '移动端类型', isRequired: false, example: '', hint: '移动端必填：APP、小程序、公众号或H5；PC端不填', choices: () => Object.values(MOBILE_TYPE_LABELS) },
  { key: 'address', header: '访问地址', isRequired: true, example: 'https://www.example.gov.cn', hint: '以http://或https://开头的网址；小程序、公众号可填名称' },
  { key: 'needsRegistration', header: '是否需要注册', isRequired: true, example: '是', hint: '是或否', choices: () => YES_NO_CHOICES },
  { key: 'registrationMinutes', header: '注册用时（分钟）', isRequired: false, example: '5', hint: '需要注册时必填：完成注册所需分钟数，可有1位小数' },
  { key: 'asOf', header: '统计日期', isRequired: true, example: '2026-06-30', hint: 'YYYY-MM-DD，不晚于今天' },
  { key: 'isActive', header: '是否在用', isRequired: false, example: '是', hint: '是或否；填“否”表示入口已停用，不填视为“是”', choices: () => YES_NO_CHOICES },
] as const satisfies readonly DatasetColumn[];

type EntryPointKey = (typeof ENTRY_POINT_COLUMNS)[number]['key'];

/** A stored row written back as the cells of the template (what a form shows and corrects). */
export function entryPointCells(row: EntryPointRow): Record<EntryPointKey, string> {
  return {
    kind: ENTRY_KIND_LABELS[row.kind],
    mobileType: row.mobileType ? MOBILE_TYPE_LABELS[row.mobileType] : '',
    address: row.address,
    needsRegistration: row.registrationMinutes === null ? '否' : '是',
    registrationMinutes: row.registrationMinutes === null ? '' : String(row.registrationMinutes),
    asOf: row.asOf,
    isActive: row.isActive ? '是' : '否',
  };
}

export const ENTRY_POINTS_SCHEMA: DatasetRowSchema<EntryPointRow> = {
  dataset: 'entryPoints',
  columns: ENTRY_POINT_COLUMNS,
  parseRow(cells, context) {
    const row = readRow<EntryPointKey>(ENTRY_POINT_COLUMNS, cells);
    const kind = row.read('kind', (raw) => readChoice(raw, ENTRY_KIND_LABELS));
    let mobileType: MobileType | null = null;
    if (kind === 'mobile') mobileType = row.read('mobileType', (raw) => readChoice(raw, MOBILE_TYPE_LABELS)) ?? null;
    else if (kind === 'pc' && !row.isBlank('mobileType')) row.reject('mobileType', 'PC端不填移动端类型');
    const address = row.read('address', (raw) => readEntryAddress(raw, nameableAs(kind, mobileType)));
    const needsRegistration = row.read('needsRegistration', readYesNo);
    let minutes: number | null = null;
    if (needsRegistration === true) {
      minutes = row.read('registrationMinutes', (raw) => readDecimal(raw, { min: 0, max: MAX_REGISTRATION_MINUTES, decimals: 1 })) ?? null;
    } else if (needsRegistration === false && !row.isBlank('registrationMinutes')) {
      row.reject('registrationMinutes', '无需注册时不填注册用时');
    }
    const asOf = row.read('asOf', (raw) => readDate(raw, { notAfter: context.today }));
    const isActive = row.read('isActive', (raw) => optional(raw, readYesNo));
    return row.finish(() => ({
      kind: kind!,
      mobileType,
      address: address!,
      registrationMinutes: minutes,
      asOf: asOf!,
      isActive: isActive ?? true,
    }));
  },
};
