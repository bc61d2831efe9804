// Small pieces both log pages show: the time to the second in Asia/Shanghai, and the range the server searched.
import { Typography } from 'antd';

const shanghai = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** "2026-11-28 10:05:09": an audit record is read to the second. */
export function formatSeconds(iso: string): string {
  return shanghai.format(new Date(iso));
}

export function RangeNote({ from, to, total }: { from: string; to: string; total: number }) {
  return (
    <Typography.Paragraph type="secondary" style={{ margin: 0, padding: '12px 16px' }}>
      {from} 至 {to}，共 {total} 条（北京时间）
    </Typography.Paragraph>
  );
}
