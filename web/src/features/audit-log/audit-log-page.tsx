// 安全审计员的操作日志（F7 item 1；等保2.0 三级 8.1.4.3 审计记录的查询、分析与导出）：every non-login record, newest
// first, filtered and paged by the server; 详情 opens what changed (before/after) in a drawer.
import { Space, Typography, type TableColumnsType } from 'antd';
import type { OperationLogItem } from '../../../../src/contracts/audit-log';
import { labelledActions, OBJECT_TYPE_LABELS } from '../../../../src/domain/audit/action-labels';
import type { FilterField } from './audit-filter-form';
import { AuditLogScreen } from './audit-log-screen';
import { detailColumn, timeColumn } from './audit-table-parts';
import { formatDateTimeSeconds } from '../../lib/format-date-time';
import type { RecordDetail } from './record-drawer';

const ACTION_OPTIONS = labelledActions()
  .filter((a) => !a.action.startsWith('auth.'))
  .map((a) => ({ value: a.action, label: a.label }));
const OBJECT_TYPE_OPTIONS = Object.entries(OBJECT_TYPE_LABELS).map(([value, label]) => ({ value, label }));

function detailOf(r: OperationLogItem): RecordDetail {
  return {
    title: `${r.actionLabel}（${formatDateTimeSeconds(r.occurredAt)}）`,
    facts: [
      { label: '操作人', value: r.actor.username ? `${r.actor.displayName ?? ''}（${r.actor.username}）${r.actor.roleLabel ? `，${r.actor.roleLabel}` : ''}` : '系统' },
      { label: '操作代码', value: r.action },
      { label: '对象', value: `${r.objectTypeLabel}${r.objectId ? ` ${r.objectId}` : ''}` },
      { label: 'IP地址', value: r.ip ?? '—' },
      { label: '请求编号', value: r.requestId ?? '—' },
    ],
    before: r.before,
    after: r.after,
  };
}

const columnsWith = (open: (r: OperationLogItem) => void): TableColumnsType<OperationLogItem> => [
  timeColumn(),
  {
    key: 'actor',
    title: '操作人',
    render: (_v, r) =>
      r.actor.username ? (
        <Space direction="vertical" size={0}>
          <Typography.Text>{r.actor.displayName}</Typography.Text>
          <Typography.Text type="secondary">
            {r.actor.username}
            {r.actor.roleLabel ? ` · ${r.actor.roleLabel}` : ''}
          </Typography.Text>
        </Space>
      ) : (
        <Typography.Text type="secondary">系统</Typography.Text>
      ),
  },
  { key: 'action', title: '操作', render: (_v, r) => <span title={r.action}>{r.actionLabel}</span> },
  {
    key: 'object',
    title: '对象',
    render: (_v, r) => (
      <Space direction="vertical" size={0}>
        <Typography.Text>{r.objectTypeLabel}</Typography.Text>
        {r.objectId && (
          <Typography.Text type="secondary" copyable style={{ fontSize: 12 }}>
            {r.objectId}
          </Typography.Text>
        )}
      </Space>
    ),
  },
  { key: 'ip', title: 'IP地址', dataIndex: 'ip' },
  detailColumn(open),
];

const EXTRA_FIELDS: FilterField[] = [
  { name: 'objectType', label: '对象类型', options: OBJECT_TYPE_OPTIONS },
  { name: 'objectId', label: '对象编号' },
  { name: 'ip', label: 'IP地址' },
];

export function AuditLogPage() {
  return (
    <AuditLogScreen<OperationLogItem>
      title="操作日志"
      endpoint="/api/audit/operations"
      actionOptions={ACTION_OPTIONS}
      extraFields={EXTRA_FIELDS}
      columnsWith={columnsWith}
      detailOf={detailOf}
      emptyText="没有符合条件的操作记录"
    />
  );
}
