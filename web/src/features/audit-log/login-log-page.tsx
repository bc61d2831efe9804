// 安全审计员的登录日志（F7 item 1；等保2.0 三级 8.1.4.3）：every auth.* record — who, when, from where, success or
// failure and why (wrong password, unknown user, disabled, locked). Unknown record kinds show by their code.
import { Space, Tag, Typography, type TableColumnsType } from 'antd';
import type { LoginLogItem } from '../../../../src/contracts/audit-log';
import { labelledActions } from '../../../../src/domain/audit/action-labels';
import type { FilterField } from './audit-filter-form';
import { AuditLogScreen } from './audit-log-screen';
import { detailColumn, timeColumn } from './audit-table-parts';
import { formatDateTimeSeconds } from '../../lib/format-date-time';
import type { RecordDetail } from './record-drawer';

const ACTION_OPTIONS = labelledActions()
  .filter((a) => a.action.startsWith('auth.'))
  .map((a) => ({ value: a.action, label: a.label }));
const RESULT_OPTIONS = [
  { value: 'success', label: '成功' },
  { value: 'failure', label: '失败' },
];

function detailOf(r: LoginLogItem): RecordDetail {
  return {
    title: `${r.actionLabel}（${formatDateTimeSeconds(r.occurredAt)}）`,
    facts: [
      { label: '用户', value: r.username ?? '—' },
      { label: '事件代码', value: r.action },
      { label: '结果', value: r.isSuccess ? '成功' : `失败${r.reason ? `（${r.reason}）` : ''}` },
      { label: 'IP地址', value: r.ip ?? '—' },
    ],
    after: r.after,
  };
}

/** "安全审计员 · 安全审计员" says nothing twice: the role only when it differs from the name. */
function whoLine(r: LoginLogItem): string {
  return [r.displayName, r.roleLabel !== r.displayName ? r.roleLabel : null].filter(Boolean).join(' · ');
}

const columnsWith = (open: (r: LoginLogItem) => void): TableColumnsType<LoginLogItem> => [
  timeColumn(),
  {
    key: 'user',
    title: '用户',
    render: (_v, r) => (
      <Space direction="vertical" size={0}>
        <Typography.Text>{r.username ?? '—'}</Typography.Text>
        {whoLine(r) && <Typography.Text type="secondary">{whoLine(r)}</Typography.Text>}
      </Space>
    ),
  },
  { key: 'action', title: '事件', render: (_v, r) => <span title={r.action}>{r.actionLabel}</span> },
  { key: 'result', title: '结果', render: (_v, r) => (r.isSuccess ? <Tag color="success">成功</Tag> : <Tag color="error">失败</Tag>) },
  { key: 'reason', title: '失败原因', render: (_v, r) => r.reason ?? '' },
  { key: 'ip', title: 'IP地址', dataIndex: 'ip' },
  detailColumn(open),
];

const EXTRA_FIELDS: FilterField[] = [
  { name: 'result', label: '结果', options: RESULT_OPTIONS },
  { name: 'ip', label: 'IP地址' },
];

export function LoginLogPage() {
  return (
    <AuditLogScreen<LoginLogItem>
      title="登录日志"
      endpoint="/api/audit/logins"
      actionOptions={ACTION_OPTIONS}
      extraFields={EXTRA_FIELDS}
      columnsWith={columnsWith}
      detailOf={detailOf}
      emptyText="没有符合条件的登录记录"
    />
  );
}
