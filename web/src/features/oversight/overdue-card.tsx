// 逾期事项 (F8 item 1): how many deadlines of each kind have passed (reviews, objections, progress, change and
// re-review reports, read against today rather than when the job last ran), and the items themselves, paged, in
// due-date then division-code order. Each item opens the page where it is dealt with.
import { useState } from 'react';
import { Button, Card, Flex, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { OversightDashboardView, OverdueItem, OverduePage } from '../../../../src/contracts/oversight';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import { withQuery, type FilterValues } from './oversight-query';

const PAGE_SIZE = 10;

interface OverdueCardProps {
  counts: OversightDashboardView['overdue'];
  filters: FilterValues;
}

export function OverdueCard({ counts, filters }: OverdueCardProps) {
  const [kind, setKind] = useState<string>();
  const [page, setPage] = useState(1);
  const list = useFetch<OverduePage>(withQuery('/api/oversight/overdue', { ...filters, kind, page, pageSize: PAGE_SIZE }));
  const total = counts.reduce((sum, item) => sum + item.count, 0);
  const choose = (next: string | undefined) => {
    setKind(next);
    setPage(1);
  };
  return (
    <Card
      title={`逾期事项（${total}）`}
      className="ov-card"
      extra={
        <Button size="small" icon={<DownloadOutlined />} href={withQuery('/api/oversight/overdue.xlsx', { ...filters, kind })}>
          导出Excel
        </Button>
      }
    >
      <Flex gap={8} wrap className="ov-overdue-kinds" role="group" aria-label="逾期事项类型">
        <Tag.CheckableTag checked={kind === undefined} onChange={() => choose(undefined)}>
          全部 {total}
        </Tag.CheckableTag>
        {counts.map((item) => (
          <Tag.CheckableTag key={item.kind} checked={kind === item.kind} onChange={(checked) => choose(checked ? item.kind : undefined)}>
            {item.label} {item.count}
          </Tag.CheckableTag>
        ))}
      </Flex>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : (
        <Table<OverdueItem>
          size="small"
          rowKey={(row) => `${row.kind}-${row.subjectId}`}
          loading={list.loading}
          dataSource={list.data?.rows ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: '没有逾期事项' }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, hideOnSinglePage: true, showSizeChanger: false, onChange: setPage, showTotal: (n) => `共 ${n} 项` }}
          columns={[
            { title: '事项', dataIndex: 'kindLabel', width: 110 },
            { title: '平台（基地）', dataIndex: 'name', render: (name: string, row) => <Link to={row.link}>{name}</Link> },
            { title: '地市', dataIndex: 'cityName', width: 80 },
            { title: '截止日期', dataIndex: 'dueOn', width: 110 },
            { title: '逾期天数', dataIndex: 'daysOverdue', width: 90, render: (days: number) => `${days} 天` },
          ]}
        />
      )}
    </Card>
  );
}
