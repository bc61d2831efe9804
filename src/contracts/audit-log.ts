// F7 item 1 (等保2.0 三级 8.1.4.3): the query strings of 操作日志 and 登录日志 and what they answer. Unknown keys are
// refused (strict objects), so a mistyped filter is a 400 naming the field, never a silently unfiltered list.
import { z } from 'zod';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '../domain/audit/audit-filters';
import { ROLES } from '../domain/shared/roles';
import { zPlainDate } from './fields';

const zFilterText = (label: string, max: number) =>
  z.string({ error: `${label}应为文字` }).trim().max(max, { message: `${label}不能超过${max}个字符` }).optional();

const common = {
  from: zPlainDate('开始日期').optional(),
  to: zPlainDate('结束日期').optional(),
  user: zFilterText('用户', 64),
  role: z.enum(ROLES, { error: '角色筛选有误' }).optional(),
  ip: z
    .string({ error: 'IP地址应为文字' })
    .trim()
    .max(45, { message: 'IP地址不能超过45个字符' })
    .regex(/^[0-9a-fA-F:.]*$/, { message: 'IP地址只能包含数字、字母a-f、点和冒号' })
    .optional(),
  page: z.coerce.number({ error: '页码应为数字' }).int({ message: '页码应为整数' }).min(1, { message: '页码最小为1' }).max(100_000, { message: '页码过大' }).default(1),
  pageSize: z.coerce
    .number({ error: '每页条数应为数字' })
    .int({ message: '每页条数应为整数' })
    .min(1, { message: '每页条数最小为1' })
    .max(PAGE_SIZE_MAX, { message: `每页条数最大为${PAGE_SIZE_MAX}` })
    .default(PAGE_SIZE_DEFAULT),
};

const zAction = z
  .string({ error: '操作类型应为文字' })
  .trim()
  .max(100, { message: '操作类型不能超过100个字符' })
  .regex(/^[A-Za-z_]+(\.[A-Za-z_]*)*(\.\*)?$/, { message: '操作类型格式有误' })
  .optional();

export const zOperationLogQuery = z.strictObject({
  ...common,
  action: zAction,
  objectType: z
    .string({ error: '对象类型应为文字' })
    .trim()
    .max(64, { message: '对象类型不能超过64个字符' })
    .regex(/^[a-z_]*$/, { message: '对象类型格式有误' })
    .optional(),
  objectId: zFilterText('对象编号', 100),
});
export type OperationLogQuery = z.infer<typeof zOperationLogQuery>;

export const zLoginLogQuery = z.strictObject({
  ...common,
  action: zAction,
  result: z.enum(['success', 'failure'], { error: '结果筛选应为成功或失败' }).optional(),
});
export type LoginLogQuery = z.infer<typeof zLoginLogQuery>;

export interface AuditActorView {
  userId: string | null;
  username: string | null;
  displayName: string | null;
  role: string | null;
  roleLabel: string | null;
}

export interface OperationLogItem {
  id: number;
  occurredAt: string;
  requestId: string | null;
  actor: AuditActorView;
  action: string;
  actionLabel: string;
  objectType: string;
  objectTypeLabel: string;
  objectId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export interface LoginLogItem {
  id: number;
  occurredAt: string;
  /** The account the record is about: the actor, the account tried, or the name typed in. */
  username: string | null;
  displayName: string | null;
  role: string | null;
  roleLabel: string | null;
  action: string;
  actionLabel: string;
  isSuccess: boolean;
  /** Why an attempt failed, in Chinese; null for a success. */
  reason: string | null;
  ip: string | null;
  after: unknown;
}

export interface AuditPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  /** The range actually searched (defaults filled in), Asia/Shanghai days. */
  from: string;
  to: string;
}

export interface AuditActionOption {
  action: string;
  label: string;
}
