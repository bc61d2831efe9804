// The Art. 14 records of an object — on the 义务履行 tab and, for its window, in a re-review. Cards on a phone, a
// table from the md breakpoint on; a withdrawn record stays listed, struck through, with its reason (ADR 0016).
import type { ReactNode } from 'react';
import { Card, Descriptions, Empty, Flex, Grid, Table, Tag, Typography } from 'antd';
import type { ObligationRecordView } from '../../../../src/contracts/obligations';
import { formatDateTime } from '../../lib/format-date-time';
import { ObligationEvidence } from './obligation-evidence';
import { VoidObligationButton } from './void-obligation-button';

const { Text } = Typography;

interface Props {
  objectId: string;
  records: ObligationRecordView[];
  /** The operator may add evidence and withdraw records now. */
  canRecord: boolean;
  onChanged: () => void;
}

function KindTags({ record }: { record: ObligationRecordView }) {
  return (
    <Flex gap={4} wrap>
      <Tag color={record.kind === 'government_activity' ? 'blue' : 'green'}>{record.kind === 'government_activity' ? '政府部门组织的活动' : '资源共享等活动'}</Tag>
      {record.categoryLabel && <Tag>{record.categoryLabel}</Tag>}
      {record.isVoided && <Tag color="red">已作废</Tag>}
    </Flex>
  );
}

function Title({ record }: { record: ObligationRecordView }) {
  return record.isVoided ? (
    <Text delete type="secondary" className="obligation-title">
      {record.title}
    </Text>
  ) : (
    <Text strong className="obligation-title">
      {record.title}
    </Text>
  );
}

function VoidNote({ record }: { record: ObligationRecordView }) {
  if (!record.isVoided) return null;
  return (
    <Text type="danger" className="obligation-void-note">
      作废原因：{record.voidReason}
      {record.voidedAt ? `（${formatDateTime(record.voidedAt)}）` : ''}
    </Text>
  );
}

const recordedText = (record: ObligationRecordView) => `${formatDateTime(record.recordedAt)}${record.recordedByName ? ` · ${record.recordedByName}` : ''}`;

function RecordCard({ objectId, record, canRecord, onChanged }: { objectId: string; record: ObligationRecordView; canRecord: boolean; onChanged: () => void }) {
  const items: { key: string; label: string; children: ReactNode }[] = [
    { key: 'heldOn', label: '活动日期', children: record.heldOn },
    { key: 'organiser', label: '组织部门或合作对象', children: record.organiser },
    ...(record.participants !== null ? [{ key: 'participants', label: '参与人数', children: `${record.participants}人` }] : []),
    { key: 'description', label: '活动情况说明', children: <span className="obligation-description">{record.description}</span> },
    { key: 'evidence', label: '佐证材料', children: <ObligationEvidence objectId={objectId} record={record} canAdd={canRecord} onAdded={onChanged} /> },
    { key: 'recorded', label: '记录', children: recordedText(record) },
  ];
  return (
    <Card size="small" className={record.isVoided ? 'obligation-card is-voided' : 'obligation-card'} aria-label={record.title}>
      <Flex vertical gap={4} style={{ marginBottom: 8 }}>
        <KindTags record={record} />
        <Title record={record} />
        <VoidNote record={record} />
      </Flex>
      <Descriptions size="small" column={1} items={items} />
      {canRecord && !record.isVoided && (
        <Flex justify="end">
          <VoidObligationButton objectId={objectId} record={record} onDone={onChanged} />
        </Flex>
      )}
    </Card>
  );
}

export function ObligationRecordList({ objectId, records, canRecord, onChanged }: Props) {
  const isPhone = !Grid.useBreakpoint().md;
  if (records.length === 0) return <Empty description="暂无义务履行记录" />;
  if (isPhone) {
    return (
      <Flex vertical gap={12} role="list" aria-label="义务履行记录">
        {records.map((record) => (
          <div role="listitem" key={record.id}>
            <RecordCard objectId={objectId} record={record} canRecord={canRecord} onChanged={onChanged} />
          </div>
        ))}
      </Flex>
    );
  }
  return (
    <Table<ObligationRecordView>
      size="small"
      rowKey="id"
      tableLayout="fixed"
      aria-label="义务履行记录"
      pagination={records.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      dataSource={records}
      rowClassName={(record) => (record.isVoided ? 'obligation-row is-voided' : 'obligation-row')}
      columns={[
        { key: 'heldOn', title: '活动日期', dataIndex: 'heldOn', width: 110 },
        {
          key: 'activity',
          title: '活动',
          render: (_, record) => (
            <Flex vertical gap={4}>
              <KindTags record={record} />
              <Title record={record} />
              <Text type="secondary" className="obligation-description">
                {record.description}
              </Text>
              <VoidNote record={record} />
            </Flex>
          ),
        },
        { key: 'organiser', title: '组织部门或合作对象', dataIndex: 'organiser', width: 160, render: (organiser: string) => <span className="obligation-title">{organiser}</span> },
        { key: 'participants', title: '参与人数', width: 90, align: 'right', render: (_, record) => (record.participants === null ? '—' : record.participants) },
        { key: 'evidence', title: '佐证材料', width: 210, render: (_, record) => <ObligationEvidence objectId={objectId} record={record} canAdd={canRecord} onAdded={onChanged} /> },
        {
          key: 'recorded',
          title: '记录',
          width: 130,
          render: (_, record) => (
            <Flex vertical gap={4} align="start">
              <Text type="secondary" style={{ fontSize: 12 }}>
                {recordedText(record)}
              </Text>
              {canRecord && !record.isVoided && <VoidObligationButton objectId={objectId} record={record} onDone={onChanged} />}
            </Flex>
          ),
        },
      ]}
    />
  );
}
