// The entries of a notice as published: region, name and operator in the notice's neutral order (Art. 8) — no
// number column, no score. Phones get a list instead of a wide table.
import type { ReactNode } from 'react';
import { Grid, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { NoticeEntryView } from '../../../../src/contracts/notices';

export function OutcomeTag({ outcome }: { outcome: NoticeEntryView['outcome'] }) {
  if (!outcome) return null;
  return outcome.kind === 'confirmed' ? <Tag color="green">已确定为创建对象</Tag> : <Tag color="red">异议属实，不予确定</Tag>;
}

export const regionOf = (entry: NoticeEntryView): string => (entry.countyName === entry.cityName ? entry.cityName : `${entry.cityName} ${entry.countyName}`);

interface NoticeEntriesProps<T extends NoticeEntryView> {
  entries: readonly T[];
  /** Extra columns (the province's view adds the state and open objections). */
  extraColumns?: TableColumnsType<T>;
  /** Extra lines under an entry on a phone. */
  extraLines?: (entry: T) => ReactNode;
}

export function NoticeEntries<T extends NoticeEntryView>({ entries, extraColumns = [], extraLines }: NoticeEntriesProps<T>) {
  const screens = Grid.useBreakpoint();
  const columns: TableColumnsType<T> = [
    { key: 'city', title: '地市', dataIndex: 'cityName', width: 100 },
    { key: 'county', title: '县（市、区）', dataIndex: 'countyName', width: 120 },
    { key: 'name', title: '平台（基地）名称', dataIndex: 'name' },
    { key: 'organisation', title: '运营主体', dataIndex: 'organisationName' },
    {
      key: 'outcome',
      title: '公示结果',
      width: 160,
      render: (_v, entry) => (
        <>
          <OutcomeTag outcome={entry.outcome} />
          {entry.outcome?.kind === 'withdrawn' && entry.outcome.reason && <Typography.Paragraph style={{ margin: '4px 0 0' }}>{entry.outcome.reason}</Typography.Paragraph>}
        </>
      ),
    },
    ...extraColumns,
  ];
  if (screens.md) return <Table<T> rowKey="applicationId" size="middle" columns={columns} dataSource={[...entries]} pagination={false} scroll={{ x: 'max-content' }} />;
  return (
    <ul aria-label="公示名单" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {entries.map((entry) => (
        <li key={entry.applicationId} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Typography.Text strong>{entry.name}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {regionOf(entry)} · {entry.organisationName}
          </Typography.Paragraph>
          <OutcomeTag outcome={entry.outcome} />
          {entry.outcome?.kind === 'withdrawn' && entry.outcome.reason && <Typography.Paragraph style={{ margin: '4px 0 0' }}>{entry.outcome.reason}</Typography.Paragraph>}
          {extraLines?.(entry)}
        </li>
      ))}
    </ul>
  );
}
