// The current rows of one dataset (the latest per record for the small datasets, every event for events), as the
// template's cells under the template's headers; the operator adds a row or corrects one from here. An event is
// corrected by voiding it (作废, with a reason): it stays listed, marked 已作废, and no longer counts.
import { useState } from 'react';
import { Button, Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { CreationObjectSummary } from '../../../../src/contracts/creation-objects';
import type { CurrentRow, CurrentRowsPage } from '../../../../src/contracts/data-corrections';
import { DATASETS, type DatasetKey } from '../../../../src/domain/creation-data/datasets';
import { LoadErrorAlert } from '../../components/form-alerts';
import { formatDateTime } from '../../lib/format-date-time';
import { useFetch } from '../../lib/use-fetch';
import { correctionPaths, isCorrectable, isEventDataset, ROW_SCHEMAS } from './dataset-schemas';
import { RecordFormModal } from './record-form-modal';
import { VoidModal } from './void-modal';

const { Paragraph, Text } = Typography;
const PAGE_SIZE = 10;

interface Props {
  object: CreationObjectSummary;
  dataset: DatasetKey;
  canEdit: boolean;
}

type Editing = { initialCells: Record<string, string> | null } | null;

export function DatasetRowsCard({ object, dataset, canEdit }: Props) {
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing>(null);
  const [voiding, setVoiding] = useState<CurrentRow | null>(null);
  const rows = useFetch<CurrentRowsPage>(correctionPaths.current(object.id, dataset, page, PAGE_SIZE));
  const { label, purpose } = DATASETS[dataset];
  const correctable = isCorrectable(dataset);
  const isEvents = isEventDataset(dataset);

  const columns: TableColumnsType<CurrentRow> = [
    ...ROW_SCHEMAS[dataset].columns.map((column) => ({
      key: column.key,
      title: column.header,
      render: (_v: unknown, row: CurrentRow) => <span className="correction-cell">{row.cells[column.key] || '—'}</span>,
    })),
    { key: 'recordedAt', title: '记录时间', render: (_v: unknown, row: CurrentRow) => formatDateTime(row.recordedAt) },
  ];
  if (isEvents) {
    columns.push({
      key: 'status',
      title: '状态',
      render: (_v: unknown, row: CurrentRow) =>
        row.voided ? (
          <span className="correction-cell">
            <Tag color="default">已作废</Tag>
            <Text type="secondary">
              {row.voided.reason}（{row.voided.voidedByName ?? ''} {formatDateTime(row.voided.voidedAt)}）
            </Text>
          </span>
        ) : (
          <Tag color="success">有效</Tag>
        ),
    });
  }
  if (canEdit && isEvents) {
    columns.push({
      key: 'actions',
      title: '操作',
      fixed: 'right',
      render: (_v: unknown, row: CurrentRow) =>
        row.voided ? null : (
          <Button type="link" danger size="small" style={{ paddingInline: 0 }} onClick={() => setVoiding(row)} aria-label={`作废：${row.cells.topic ?? ''} ${row.cells.eventDate ?? ''}`}>
            作废
          </Button>
        ),
    });
  }
  if (canEdit && correctable) {
    columns.push({
      key: 'actions',
      title: '操作',
      fixed: 'right',
      render: (_v: unknown, row: CurrentRow) => (
        <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setEditing({ initialCells: row.cells })} aria-label={`更正：${label}`}>
          更正
        </Button>
      ),
    });
  }

  return (
    <Card
      size="small"
      role="region"
      aria-label={label}
      title={label}
      extra={
        canEdit && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ initialCells: null })} aria-label={`新增：${label}`}>
            新增
          </Button>
        )
      }
    >
      <Paragraph type="secondary" style={{ marginBottom: 8 }}>
        用于计算：{purpose}
        {correctable ? '。表中为每条记录的当前内容。' : '。同一活动编号（或同日同主题同参加企业）的活动只保存一次；录错的活动请作废后重新录入。'}
      </Paragraph>
      {rows.error && <LoadErrorAlert what={label} error={rows.error} onRetry={rows.reload} />}
      <Table<CurrentRow>
        rowKey="id"
        size="small"
        loading={rows.loading}
        dataSource={rows.data?.rows ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        rowClassName={(row) => (row.voided ? 'correction-voided' : '')}
        locale={{ emptyText: <Text type="secondary">尚无数据</Text> }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: rows.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 条` }}
      />
      {voiding && (
        <VoidModal
          title="作废活动"
          path={correctionPaths.voidEvent(object.id, voiding.id)}
          summary={`${voiding.cells.eventDate ?? ''} · ${voiding.cells.topic ?? ''}`}
          onClose={() => setVoiding(null)}
          onVoided={() => {
            setVoiding(null);
            rows.reload();
          }}
        />
      )}
      {editing && (
        <RecordFormModal
          object={object}
          dataset={dataset}
          initialCells={editing.initialCells}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            rows.reload();
          }}
        />
      )}
    </Card>
  );
}
