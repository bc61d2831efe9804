// 取消创建资格和撤销认定公告 (F5 item 5; Art. 12): the public list of cancellations and revocations with their reasons,
// newest first. Phones get cards, wider screens a table; no score and no person is ever shown.
import { useState } from 'react';
import { Card, Empty, Flex, Grid, Pagination, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { PublicRevocation, PublicRevocationPage } from '../../../../src/contracts/integrity';
import { ErrorResult } from '../../components/error-result';
import { PageLoading } from '../../components/page-loading';
import { PublicLayout } from '../../components/public-layout';
import { useFetch } from '../../lib/use-fetch';

const PAGE_SIZE = 20;
const CARRIER_LABELS = { platform: '平台', base: '基地' } as const;
const regionOf = (item: PublicRevocation): string => (item.countyName === item.cityName ? item.cityName : `${item.cityName} ${item.countyName}`);
const decisionColour = (item: PublicRevocation) => (item.decision === 'revoked' ? 'red' : 'volcano');

// The reason is what the public reads (Art. 12), so it takes the remaining width and wraps; the operator sits under
// the name so the table fits the page without sideways scrolling.
const columns: TableColumnsType<PublicRevocation> = [
  { key: 'date', title: '决定日期', dataIndex: 'decidedOn', width: 110 },
  {
    key: 'name',
    title: '名称 / 运营主体',
    width: 260,
    render: (_v, item) => (
      <>
        <Typography.Text strong>{item.name}</Typography.Text>（{CARRIER_LABELS[item.carrier]}）
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {item.organisationName}
        </Typography.Paragraph>
      </>
    ),
  },
  { key: 'region', title: '地区', width: 130, render: (_v, item) => regionOf(item) },
  { key: 'kind', title: '情形', dataIndex: 'kindLabel', width: 150 },
  { key: 'decision', title: '决定', width: 130, render: (_v, item) => <Tag color={decisionColour(item)}>{item.decisionLabel}</Tag> },
  { key: 'reason', title: '理由', dataIndex: 'reason', render: (reason: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{reason}</span> },
];

function RevocationCard({ item }: { item: PublicRevocation }) {
  return (
    <Card size="small" aria-label={item.name}>
      <Flex justify="space-between" align="start" gap={8} wrap>
        <Typography.Text strong>{item.name}</Typography.Text>
        <Tag color={decisionColour(item)}>{item.decisionLabel}</Tag>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
        {item.organisationName} · {regionOf(item)} · {CARRIER_LABELS[item.carrier]}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ margin: '8px 0 0' }}>
        {item.decidedOn} · {item.kindLabel}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>理由：{item.reason}</Typography.Paragraph>
    </Card>
  );
}

export function PublicRevocationsPage() {
  const screens = Grid.useBreakpoint();
  const [page, setPage] = useState(1);
  const list = useFetch<PublicRevocationPage>(`/api/v1/revocations?page=${page}&pageSize=${PAGE_SIZE}`);
  const data = list.data;
  return (
    <PublicLayout>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        取消与撤销公告
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        创建对象或已认定的示范平台（基地）被列入严重失信主体名单，或经查实存在数据、资料弄虚作假的，取消创建资格或撤销认定命名，并公布理由。
      </Typography.Paragraph>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : !data ? (
        <PageLoading />
      ) : data.total === 0 ? (
        <Empty description="暂无取消创建资格或撤销认定命名的决定" />
      ) : (
        <Flex vertical gap={12}>
          {screens.md ? (
            <Table<PublicRevocation> aria-label="取消与撤销决定" rowKey="id" size="middle" columns={columns} dataSource={data.items} pagination={false} />
          ) : (
            <Flex vertical gap={12} role="list" aria-label="取消与撤销决定">
              {data.items.map((item) => (
                <div role="listitem" key={item.id}>
                  <RevocationCard item={item} />
                </div>
              ))}
            </Flex>
          )}
          <Pagination align="center" current={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} hideOnSinglePage showSizeChanger={false} showTotal={(total) => `共 ${total} 条`} />
        </Flex>
      )}
    </PublicLayout>
  );
}
