// 服务资源池 (Attachment 1, 汇集服务资源): the service organisations and experts a platform has signed up. The
// indicator counts distinct organisations (by credit code) and experts (by name and employer) still in the pool, so
// a resource that leaves is a new row with 是否在库 = 否 rather than a deleted one (DESIGN §5). That row must say the
// day it left (协议结束日期): the pool on a day is counted from the agreement dates, so a departure reported later
// takes the resource out from that day on and leaves the windows before it as they were.
import { optional, readChoice, readCreditCode, readDate, readText, readYesNo } from '../cells';
import type { DatasetColumn, DatasetRowSchema } from '../row-schema';
import type { PlainDate } from '../../shared/plain-date';
import { readRow, YES_NO_CHOICES } from './row-reader';

export const RESOURCE_KINDS = ['organisation', 'expert'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export const RESOURCE_KIND_LABELS: Record<ResourceKind, string> = { organisation: '服务机构', expert: '专家' };

export interface ResourceRow {
  kind: ResourceKind;
  /** What makes the resource one: an organisation's credit code; an expert's name and employer (expertIdentifier). */
  identifier: string;
  name: string;
  creditCode: string | null;
  employer: string | null;
  field: string;
  agreementStartsOn: PlainDate;
  agreementEndsOn: PlainDate | null;
  isActive: boolean;
}

const EXPERT_SEPARATOR = '｜';

/** An expert has no registry number: name and employer together tell two experts apart. */
export function expertIdentifier(name: string, employer: string): string {
  return `${name}${EXPERT_SEPARATOR}${employer}`;
}

/** The employer back from a stored expert identifier (what the form shows). */
export function employerOf(identifier: string): string {
  const at = identifier.indexOf(EXPERT_SEPARATOR);
  return at < 0 ? '' : identifier.slice(at + 1);
}

export const RESOURCE_COLUMNS = [
  { key: 'kind', header: '类型', isRequired: true, example: '服务机构', hint: '服务机构或专家', choices: () => Object.values(RESOURCE_KIND_LABELS) },
  { key: 'name', header: '名称', isRequired: true, example: '广州市示范管理咨询有限公司', hint: '服务机构全称，或专家姓名' },
  { key: 'creditCode', header: '统一社会信用代码', isRequired: false, example: '914403001922038216', hint: '服务机构必填（18位）；专家不填' },
  { key: 'employer', header: '工作单位', isRequired: false, example: '', hint: '专家必填；服务机构不填' },
  { key: 'field', header: '服务领域', isRequired: true, example: '管理咨询', hint: '该资源提供的服务领域' },
  { key: 'agreementStartsOn', header: '协议开始日期', isRequired: true, example: '2026-01-10', hint: '合作协议生效日期，YYYY-MM-DD，不晚于今天' },
  { key: 'agreementEndsOn', header: '协议结束日期', isRequired: false, example: '2028-01-09', hint: '不早于开始日期；长期有效不填；资源退出资源池时填退出日期' },
  { key: 'isActive', header: '是否在库', isRequired: false, example: '是', hint: '是或否；填“否”表示该资源已退出资源池（须填协议结束日期），不填视为“是”', choices: () => YES_NO_CHOICES },
] as const satisfies readonly DatasetColumn[];

type ResourceKey = (typeof RESOURCE_COLUMNS)[number]['key'];

/** A stored row written back as the cells of the template, so a form can show it and start a correction from it. */
export function resourceCells(row: ResourceRow): Record<ResourceKey, string> {
  return {
    kind: RESOURCE_KIND_LABELS[row.kind],
    name: row.name,
    creditCode: row.creditCode ?? '',
    employer: row.employer ?? '',
    field: row.field,
    agreementStartsOn: row.agreementStartsOn,
    agreementEndsOn: row.agreementEndsOn ?? '',
    isActive: row.isActive ? '是' : '否',
  };
}

export const RESOURCES_SCHEMA: DatasetRowSchema<ResourceRow> = {
  dataset: 'resources',
  columns: RESOURCE_COLUMNS,
  parseRow(cells, context) {
    const row = readRow<ResourceKey>(RESOURCE_COLUMNS, cells);
    const kind = row.read('kind', (raw) => readChoice(raw, RESOURCE_KIND_LABELS));
    const name = row.read('name', (raw) => readText(raw, 100));
    let creditCode: string | null = null;
    let employer: string | null = null;
    if (kind === 'organisation') {
      creditCode = row.read('creditCode', readCreditCode) ?? null;
      if (!row.isBlank('employer')) row.reject('employer', '服务机构不填工作单位');
    } else if (kind === 'expert') {
      employer = row.read('employer', (raw) => readText(raw, 100)) ?? null;
      if (!row.isBlank('creditCode')) row.reject('creditCode', '专家不填统一社会信用代码，请填写工作单位');
    }
    const field = row.read('field', (raw) => readText(raw, 100));
    const startsOn = row.read('agreementStartsOn', (raw) => readDate(raw, { notAfter: context.today }));
    const endsOn = row.read('agreementEndsOn', (raw) => optional(raw, (value) => readDate(value)));
    if (startsOn && endsOn && endsOn < startsOn) row.reject('agreementEndsOn', `协议结束日期${endsOn}早于开始日期${startsOn}`);
    const isActive = row.read('isActive', (raw) => optional(raw, readYesNo));
    if (isActive === false && row.isBlank('agreementEndsOn')) row.reject('agreementEndsOn', '是否在库为“否”时须填写协议结束日期（该资源退出资源池的日期）');
    return row.finish(() => ({
      kind: kind!,
      identifier: kind === 'organisation' ? creditCode! : expertIdentifier(name!, employer!),
      name: name!,
      creditCode,
      employer,
      field: field!,
      agreementStartsOn: startsOn!,
      agreementEndsOn: endsOn ?? null,
      isActive: isActive ?? true,
    }));
  },
};
