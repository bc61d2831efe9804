// 服务记录 (Attachment 1: 服务企业情况、服务覆盖面、服务内容、服务满意度): one service to one enterprise on one day.
// Checked cell by cell so every problem of a row is reported at once, with the readers of cells.ts and their precise
// reasons. A big CSV import reads a row written the usual way straight from its bytes (service-records-bytes.ts, which
// only accepts what parseRowChecked reads the same) and comes here for every other row.
import { CITIES, findCityChild } from '../../divisions/divisions';
import { MISSING, optional, readChoice, readCreditCode, readDate, readText, type CellResult } from '../cells';
import type { CellProblem, DatasetColumn, DatasetRowSchema, RowContext, RowOutcome } from '../row-schema';

export type ServiceChannel = 'online' | 'offline';
export const CHANNEL_LABELS: Readonly<Record<ServiceChannel, string>> = { online: '线上', offline: '线下' };

/** DESIGN §4: five answers, the top two satisfied. 很不满意 and 非常不满意 are both taken for the lowest. */
export const SATISFACTION_ANSWERS: readonly (readonly [number, string])[] = [
  [5, '非常满意'],
  [4, '满意'],
  [3, '一般'],
  [2, '不满意'],
  [1, '很不满意'],
  [1, '非常不满意'],
];

export interface ServiceRecordRow {
  /** The platform's own record id; when given, it alone identifies the record. */
  externalId: string | null;
  creditCode: string;
  enterpriseName: string;
  divisionCode: string;
  serviceItem: string;
  serviceDate: string;
  channel: ServiceChannel;
  satisfaction: number | null;
}

const COLUMNS: readonly DatasetColumn[] = [
  { key: 'externalId', header: '记录编号', isRequired: false, example: 'FW20260305001', hint: '选填。平台自己的记录编号，填写后按编号识别重复记录' },
  { key: 'creditCode', header: '统一社会信用代码', isRequired: true, example: '914403001922038216', hint: '被服务企业的18位统一社会信用代码' },
  { key: 'enterpriseName', header: '企业名称', isRequired: true, example: '华为技术有限公司', hint: '被服务企业的名称，不超过100字' },
  {
    key: 'divisionCode',
    header: '服务地区代码',
    isRequired: true,
    example: '440106',
    hint: '企业所在县（市、区）的6位行政区划代码；东莞、中山填9位镇街代码。代码见“服务地区代码”工作表',
    codeList: () => CITIES.flatMap((city) => city.children.map((child) => ({ code: child.code, name: `${city.name}${child.name}` }))),
  },
  { key: 'serviceItem', header: '服务事项', isRequired: true, example: '管理咨询', hint: '本平台类型的服务内容之一，见“填写说明”', choices: (context) => context.serviceItems },
  { key: 'serviceDate', header: '服务日期', isRequired: true, example: '2026-03-05', hint: '格式YYYY-MM-DD，不晚于今天' },
  { key: 'channel', header: '服务方式', isRequired: true, example: '线上', hint: '线上或线下', choices: () => Object.values(CHANNEL_LABELS) },
  { key: 'satisfaction', header: '满意度评价', isRequired: false, example: '满意', hint: '选填。1至5，或非常满意、满意、一般、不满意、很不满意', choices: () => SATISFACTION_ANSWERS.slice(0, 5).map(([, label]) => label) },
];

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (reason: string): CellResult<never> => ({ ok: false, reason });

/** A county-level division, or a town/street of 东莞 or 中山 (the cities without counties). */
export function readDivisionCode(raw: string): CellResult<string> {
  const code = raw.trim();
  if (code === '') return fail(MISSING);
  if (!/^\d{6}(\d{3})?$/.test(code)) return fail(`应为6位县（市、区）代码或9位镇街代码，而不是“${code}”`);
  if (findCityChild(code)) return ok(code);
  return fail(`${code}不是广东省的县（市、区）级行政区划代码，也不是东莞、中山的镇街代码`);
}

export function readServiceItem(raw: string, context: RowContext): CellResult<string> {
  const value = raw.trim();
  if (value === '') return fail(MISSING);
  if (context.serviceItems.includes(value)) return ok(value);
  const kind = context.platformKindLabel ?? '本平台类型';
  return fail(`“${value}”不是${kind}的服务内容，应为${context.serviceItems.join('、')}之一`);
}

export function readSatisfaction(raw: string): CellResult<number> {
  const value = raw.trim();
  if (/^\d+$/.test(value)) {
    const n = Number(value);
    return n >= 1 && n <= 5 ? ok(n) : fail(`满意度应为1至5之间的整数（5为非常满意），而不是${value}`);
  }
  for (const [score, label] of SATISFACTION_ANSWERS) if (value === label) return ok(score);
  return fail(`满意度应为1至5，或非常满意、满意、一般、不满意、很不满意之一，而不是“${value}”`);
}

/** Every cell through the readers of cells.ts: every problem of the row, each with its precise reason. */
export function parseRowChecked(cells: readonly string[], context: RowContext): RowOutcome<ServiceRecordRow> {
  const problems: CellProblem[] = [];
  const take = <T>(index: number, result: CellResult<T>): T => {
    if (!result.ok) problems.push({ column: COLUMNS[index]!.header, value: cells[index] ?? '', reason: result.reason });
    return (result as { value: T }).value;
  };
  const at = (index: number): string => cells[index] ?? '';
  const externalId = take(0, optional(at(0), (raw) => readText(raw, 64)));
  const creditCode = take(1, readCreditCode(at(1)));
  const enterpriseName = take(2, readText(at(2), 100));
  const divisionCode = take(3, readDivisionCode(at(3)));
  const serviceItem = take(4, readServiceItem(at(4), context));
  const serviceDate = take(5, readDate(at(5), { notAfter: context.today }));
  const channel = take(6, readChoice(at(6), CHANNEL_LABELS));
  const satisfaction = take(7, optional(at(7), readSatisfaction));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, row: { externalId, creditCode, enterpriseName, divisionCode, serviceItem, serviceDate, channel, satisfaction } };
}

export const SERVICE_RECORD_SCHEMA: DatasetRowSchema<ServiceRecordRow> = { dataset: 'serviceRecords', columns: COLUMNS, parseRow: parseRowChecked };

/**
 * What identifies a record for de-duplication (hashed to the 64-bit record key by the server): the platform's own id
 * when given, else the enterprise, the place, the item, the day and the channel — the same service entered twice.
 */
export function serviceRecordIdentity(row: ServiceRecordRow): string {
  if (row.externalId !== null) return `id\u0001${row.externalId}`;
  return `c\u0001${row.creditCode}\u0001${row.divisionCode}\u0001${row.serviceItem}\u0001${row.serviceDate}\u0001${row.channel}`;
}
