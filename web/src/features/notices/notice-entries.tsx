// The entries of a notice as published: region, name and operator in the notice's neutral order (Art. 8) — no
// number column, no score. Phones get a list instead of a wide table.
import type { ReactNode } from 'react';
import { Grid, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { NoticeEntryView, NoticeStage } from '../../../../src/contracts/notices';

/** What a 公示 led to, in the words of its stage (Art. 7(2) 确定为创建对象, Art. 7(4) 正式认定). */
const OUTCOME_LABELS: Record<NoticeStage, { confirmed: string; withdrawn: string }> = {
  creation: { confirmed: '已确定为创建对象', withdrawn: '异议属实，不予确定' },
  certification: { confirmed: '已正式认定', withdrawn: '异议属实，不予认定' },
};

export function OutcomeTag({ outcome, stage }: { outcome: NoticeEntryView['outcome']; stage: NoticeStage }) {
  if (!outcome) return null;
  const labels = OUTCOME_LABELS[stage];
  if (outcome.kind === 'ended') return <Tag color="volcano">{outcome.label}</Tag>;
  return outcome.kind === 'confirmed' ? <Tag color="green">{labels.confirmed}</Tag> : <Tag color="red">{labels.withdrawn}</Tag>;
}

/** The published reason of an upheld objection, or of the decision that took the entry off the 公示. */
const outcomeReason = (outcome: NoticeEntryView['outcome']): string => (outcome && outcome.kind !== 'confirmed' ? outcome.reason : '');

export const regionOf = (entry: NoticeEntryView): string => (entry.countyName === entry.cityName ? entry.cityName : `${entry.cityName} ${entry.countyName}`);

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
