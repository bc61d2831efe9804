// 线下服务活动 (Attachment 1, 线下服务拓展: events in the year with at least 15 participating enterprises). The
// participants are the distinct credit codes, so an enterprise listed twice counts once.
import { CREDIT_CODE_MESSAGES, findCreditCodeProblem, normaliseCreditCode } from '../../credit-code/credit-code';
import { MISSING, optional, readDate, readText, type CellResult } from '../cells';
import type { CellProblem, DatasetColumn, DatasetRowSchema, RowContext, RowOutcome } from '../row-schema';

export interface ServiceEventRow {
  externalId: string | null;
  eventDate: string;
  topic: string;
  /** Distinct and sorted. */
  participantCodes: string[];
}

/** More codes than any real event has: a cell beyond it is a pasted column, not a participant list. */
export const MAX_PARTICIPANTS = 5000;

const COLUMNS: readonly DatasetColumn[] = [
  { key: 'externalId', header: '活动编号', isRequired: false, example: 'HD2026001', hint: '选填。平台自己的活动编号，填写后按编号识别重复活动' },
  { key: 'eventDate', header: '活动日期', isRequired: true, example: '2026-03-05', hint: '格式YYYY-MM-DD，不晚于今天' },
  { key: 'topic', header: '活动主题', isRequired: true, example: '数字化转型政策宣讲会', hint: '不超过200字' },
  {
    key: 'participantCodes',
    header: '参加企业统一社会信用代码',
    isRequired: true,
    example: '914403001922038216、9144030071526726XG',
    hint: '参加企业的统一社会信用代码，多个用顿号、逗号、分号或换行分隔',
  },
];

const SEPARATORS = /[、,，;；\r\n]+/;

export function readParticipantCodes(raw: string): CellResult<string[]> {
  const parts = raw.split(SEPARATORS).map(normaliseCreditCode).filter((part) => part !== '');
  if (parts.length === 0) return { ok: false, reason: MISSING };
  if (parts.length > MAX_PARTICIPANTS) return { ok: false, reason: `参加企业不能超过${MAX_PARTICIPANTS}家` };
  const bad: string[] = [];
  parts.forEach((code, index) => {
    const problem = findCreditCodeProblem(code);
    if (problem) bad.push(`第${index + 1}个代码“${code}”：${CREDIT_CODE_MESSAGES[problem]}`);
  });
  if (bad.length > 0) return { ok: false, reason: bad.slice(0, 5).join('；') + (bad.length > 5 ? `；等共${bad.length}个代码有误` : '') };
  return { ok: true, value: [...new Set(parts)].sort() };
}

function parseRow(cells: readonly string[], context: RowContext): RowOutcome<ServiceEventRow> {
  const problems: CellProblem[] = [];
  const take = <T>(index: number, result: CellResult<T>): T => {
    if (!result.ok) problems.push({ column: COLUMNS[index]!.header, value: cells[index] ?? '', reason: result.reason });
    return (result as { value: T }).value;
  };
  const at = (index: number): string => cells[index] ?? '';
  const externalId = take(0, optional(at(0), (raw) => readText(raw, 64)));
  const eventDate = take(1, readDate(at(1), { notAfter: context.today }));
  const topic = take(2, readText(at(2), 200));
  const participantCodes = take(3, readParticipantCodes(at(3)));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, row: { externalId, eventDate, topic, participantCodes } };
}

export const SERVICE_EVENT_SCHEMA: DatasetRowSchema<ServiceEventRow> = { dataset: 'serviceEvents', columns: COLUMNS, parseRow };

/** The platform's own id when given, else the day, the topic and who took part. */
export function serviceEventIdentity(row: ServiceEventRow): string {
  if (row.externalId !== null) return `id\u0001${row.externalId}`;
  return `c\u0001${row.eventDate}\u0001${row.topic}\u0001${row.participantCodes.join(',')}`;
}
