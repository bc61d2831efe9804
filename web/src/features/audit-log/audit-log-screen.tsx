// The one screen both audit logs use (F7 item 1; 等保2.0 三级 8.1.4.3): filters, a paged table, Excel of the current
// filters and a drawer with a record's detail. 操作日志 and 登录日志 differ only in what they pass here.
import { useMemo, useState } from 'react';
import { Card, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { AuditPage } from '../../../../src/contracts/audit-log';
import { LoadErrorAlert } from '../../components/form-alerts';
import { useFetch } from '../../lib/use-fetch';
import { AuditFilterForm, type FilterField } from './audit-filter-form';
import { filterQuery, withPage, type AuditFilterValues } from './audit-query';
import { RangeNote } from './audit-table-parts';
import { RecordDrawer, type RecordDetail } from './record-drawer';

interface Props<T> {
  title: string;
  /** e.g. /api/audit/logins; the export is the same path with .xlsx. */
  endpoint: string;
  actionOptions: { value: string; label: string }[];
  extraFields: FilterField[];
  columnsWith: (open: (record: T) => void) => TableColumnsType<T>;
  detailOf: (record: T) => RecordDetail;
  emptyText: string;
}

export function AuditLogScreen<T extends { id: number }>({ title, endpoint, actionOptions, extraFields, columnsWith, detailOf, emptyText }: Props<T>) {
  const [filters, setFilters] = useState<URLSearchParams>(new URLSearchParams());
  const [page, setPage] = useState({ current: 1, size: 20 });
  const [detail, setDetail] = useState<RecordDetail | null>(null);
  const columns = useMemo(() => columnsWith((r) => setDetail(detailOf(r))), [columnsWith, detailOf]);
  const { data, error, loading, reload } = useFetch<AuditPage<T>>(`${endpoint}?${withPage(filters, page.current, page.size)}`);
  const exportHref = useMemo(() => `${endpoint}.xlsx?${filters.toString()}`, [endpoint, filters]);
  const search = (values: AuditFilterValues) => {
    setFilters(filterQuery(values));
    setPage((p) => ({ ...p, current: 1 }));
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Card>
        <AuditFilterForm actionOptions={actionOptions} extraFields={extraFields} exportHref={exportHref} onSearch={search} />
      </Card>
      {error && <LoadErrorAlert what={title} error={error} onRetry={reload} />}
      <Card styles={{ body: { padding: 0, overflow: 'hidden' } }}>
        {data && <RangeNote from={data.from} to={data.to} total={data.total} />}
        <Table<T>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data?.items ?? []}
          columns={columns}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page.current,
            pageSize: page.size,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => `共 ${total} 条`,
            onChange: (current, size) => setPage({ current: size === page.size ? current : 1, size }),
          }}
          locale={{ emptyText }}
        />
      </Card>
      <RecordDrawer detail={detail} onClose={() => setDetail(null)} />
    </Space>
  );
}
