// 服务记录 in the correction tab: search by credit code, enterprise name or the platform's record number; a record
// entered by mistake is voided (作废) with a reason — it stays listed, marked, and no longer counts. A missing record
// is added through the same form as every dataset.
import { useState } from 'react';
import { Button, Card, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { CreationObjectSummary } from '../../../../src/contracts/creation-objects';
import type { ServiceRecordItem, ServiceRecordsPage } from '../../../../src/contracts/data-corrections';
import { DATASETS } from '../../../../src/domain/creation-data/datasets';
import { LoadErrorAlert } from '../../components/form-alerts';
import { formatDateTime } from '../../lib/format-date-time';
import { useFetch } from '../../lib/use-fetch';
import { correctionPaths } from './dataset-schemas';
import { RecordFormModal } from './record-form-modal';
import { VoidModal } from './void-modal';

const { Paragraph, Text } = Typography;
const PAGE_SIZE = 10;

export function ServiceRecordsCard({ object, canEdit }: { object: CreationObjectSummary; canEdit: boolean }) {
  const [query, setQuery] = useState({ q: '', page: 1 });
  const [voiding, setVoiding] = useState<ServiceRecordItem | null>(null);
  const [isAdding, setIsAdding] = useState(false);
  const records = useFetch<ServiceRecordsPage>(correctionPaths.serviceRecords(object.id, query.q, query.page, PAGE_SIZE));
  const { label, purpose } = DATASETS.serviceRecords;

  const columns: TableColumnsType<ServiceRecordItem> = [
    { key: 'serviceDate', title: '服务日期', dataIndex: 'serviceDate' },
    {
      key: 'enterprise',
      title: '企业',
      render: (_v, r) => (
        <span className="correction-cell">
          {r.enterpriseName}
          <br />
          <Text type="secondary">{r.creditCode}</Text>
        </span>
      ),
    },
    { key: 'divisionCode', title: '服务地区代码', dataIndex: 'divisionCode' },
    { key: 'serviceItem', title: '服务事项', dataIndex: 'serviceItem' },
    { key: 'channel', title: '服务方式', dataIndex: 'channelLabel' },
    { key: 'satisfaction', title: '满意度', render: (_v, r) => r.satisfaction ?? '—' },
    { key: 'externalId', title: '记录编号', render: (_v, r) => r.externalId ?? '—' },
    {
      key: 'status',
      title: '状态',
      render: (_v, r) =>
        r.isVoided ? (
          <span className="correction-cell">
            <Tag color="default">已作废</Tag>
            <Text type="secondary">
              {r.voidReason}（{r.voidedByName ?? ''} {r.voidedAt ? formatDateTime(r.voidedAt) : ''}）
            </Text>
          </span>
        ) : (
          <Tag color="success">有效</Tag>
        ),
    },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      title: '操作',
      fixed: 'right',
      render: (_v, r) =>
        r.isVoided ? null : (
          <Button type="link" danger size="small" style={{ paddingInline: 0 }} onClick={() => setVoiding(r)} aria-label={`作废：${r.enterpriseName} ${r.serviceDate}`}>
            作废
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
          <Button size="small" icon={<PlusOutlined />} onClick={() => setIsAdding(true)} aria-label={`新增：${label}`}>
            新增
          </Button>
        )
      }
    >
      <Paragraph type="secondary" style={{ marginBottom: 8 }}>
        用于计算：{purpose}。录错的记录请作废后重新录入。
      </Paragraph>
      <Input.Search
        allowClear
        enterButton="查询"
        placeholder="统一社会信用代码、企业名称或记录编号"
        aria-label="查询服务记录"
        style={{ maxWidth: 420, marginBottom: 12 }}
        onSearch={(value) => setQuery({ q: value.trim(), page: 1 })}
      />
      {records.error && <LoadErrorAlert what="服务记录" error={records.error} onRetry={records.reload} />}
      <Table<ServiceRecordItem>
        rowKey="id"
        size="small"
        loading={records.loading}
        dataSource={records.data?.records ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        rowClassName={(r) => (r.isVoided ? 'correction-voided' : '')}
        locale={{ emptyText: <Text type="secondary">{query.q ? '没有符合条件的服务记录' : '尚无服务记录'}</Text> }}
        pagination={{ current: query.page, pageSize: PAGE_SIZE, total: records.data?.total ?? 0, onChange: (page) => setQuery((q) => ({ ...q, page })), hideOnSinglePage: true, showTotal: (total) => `共 ${total} 条` }}
      />
      {voiding && (
        <VoidModal
          title="作废服务记录"
          path={correctionPaths.voidRecord(object.id, voiding.id)}
          summary={`${voiding.serviceDate} · ${voiding.enterpriseName}（${voiding.creditCode}）· ${voiding.serviceItem}`}
          onClose={() => setVoiding(null)}
          onVoided={() => {
            setVoiding(null);
            records.reload();
          }}
        />
      )}
      {isAdding && (
        <RecordFormModal
          object={object}
          dataset="serviceRecords"
          initialCells={null}
          onClose={() => setIsAdding(false)}
          onSaved={() => {
            setIsAdding(false);
            records.reload();
          }}
        />
      )}
    </Card>
  );
}
