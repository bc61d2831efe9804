import { Table, Typography, type TableColumnsType } from 'antd';
import type { CallFieldChange } from '../../../../src/domain/calls/call-diff';

const show = (value: string | number | null) => (value === null ? '—' : String(value));
const clip = (value: string | number | null) => {
  const text = show(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
};

const columns: TableColumnsType<CallFieldChange> = [
  { key: 'label', title: '字段', dataIndex: 'label', width: 110 },
  { key: 'before', title: '上年', dataIndex: 'before', render: (value: CallFieldChange['before']) => <Typography.Text delete>{clip(value)}</Typography.Text> },
  { key: 'after', title: '本年', dataIndex: 'after', render: (value: CallFieldChange['after']) => <Typography.Text mark>{clip(value)}</Typography.Text> },
];

/** 与上年通知相比的变化 (字段 / 上年 / 本年). */
export function CallDiffTable({ previousYear, changes }: { previousYear: number; changes: CallFieldChange[] }) {
  return (
    <section aria-label="与上年通知相比的变化">
      <Typography.Title level={5}>与{previousYear}年度通知相比的变化（{changes.length}项）</Typography.Title>
      <Table<CallFieldChange>
        rowKey="field"
        size="small"
        columns={columns}
        dataSource={changes}
        pagination={false}
        // Fixed layout: the three columns share a 375 px screen and long values wrap instead of scrolling away.
        tableLayout="fixed"
        style={{ wordBreak: 'break-all' }}
        locale={{ emptyText: '与上年通知相同' }}
      />
    </section>
  );
}
