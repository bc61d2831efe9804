// Pieces both log pages show: the time column, the 详情 button column and the range the server searched.
import { Button, Typography, type TableColumnType } from 'antd';
import { formatDateTimeSeconds } from '../../lib/format-date-time';

export function timeColumn<T extends { occurredAt: string }>(): TableColumnType<T> {
  return { key: 'time', title: '时间', width: 170, render: (_v, r) => formatDateTimeSeconds(r.occurredAt) };
}

export function detailColumn<T extends { actionLabel: string }>(open: (record: T) => void): TableColumnType<T> {
  return {
    key: 'detail',
    title: '详情',
    render: (_v, r) => (
      <Button type="link" size="small" onClick={() => open(r)} aria-label={`查看详情：${r.actionLabel}`}>
        详情
      </Button>
    ),
  };
}

export function RangeNote({ from, to, total }: { from: string; to: string; total: number }) {
  return (
    <Typography.Paragraph type="secondary" style={{ margin: 0, padding: '12px 16px' }}>
      {from} 至 {to}，共 {total} 条（北京时间）
    </Typography.Paragraph>
  );
}
