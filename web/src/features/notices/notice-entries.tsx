// The entries of a notice as published: region, name and operator in the notice's neutral order (Art. 8) — no
// number column, no score. Phones get a list instead of a wide table.
import type { ReactNode } from 'react';
import { Grid, Table, Typography, type TableColumnsType } from 'antd';
import type { NoticeEntryView, NoticeStage } from '../../../../src/contracts/notices';
import { OutcomeTag, outcomeReason, regionOf } from './public-notice-entries';

interface NoticeEntriesProps<T extends NoticeEntryView> {
  entries: readonly T[];
  stage: NoticeStage;
  /** Extra columns (the province's view adds the state and open objections). */
  extraColumns?: TableColumnsType<T>;
  /** Extra lines under an entry on a phone. */
  extraLines?: (entry: T) => ReactNode;
}

export function NoticeEntries<T extends NoticeEntryView>({ entries, stage, extraColumns = [], extraLines }: NoticeEntriesProps<T>) {
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
          <OutcomeTag outcome={entry.outcome} stage={stage} />
          {outcomeReason(entry.outcome) && <Typography.Paragraph style={{ margin: '4px 0 0' }}>{outcomeReason(entry.outcome)}</Typography.Paragraph>}
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
          <OutcomeTag outcome={entry.outcome} stage={stage} />
          {outcomeReason(entry.outcome) && <Typography.Paragraph style={{ margin: '4px 0 0' }}>{outcomeReason(entry.outcome)}</Typography.Paragraph>}
          {extraLines?.(entry)}
        </li>
      ))}
    </ul>
  );
}
