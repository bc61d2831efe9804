// 取消创建资格和撤销认定公告 (F5; Arts. 10, 11, 12): the public list of cancellations and revocations with the article
// and the published reason, newest first. Phones get cards, wider screens a table; no score and no person is shown.
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
  {
    key: 'kind',
    title: '依据 / 情形',
    width: 170,
    render: (_v, item) => (
      <>
        <Tag>{item.articleLabel}</Tag>
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>{item.kindLabel}</Typography.Paragraph>
      </>
    ),
  },
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
        {item.decidedOn} · {item.articleLabel} · {item.kindLabel}
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
        依据《广东省中小企业公共服务示范平台（基地）创建管理办法》第十条（连续两年未通过复核）、第十一条（运营主体发生重大变化）和第十二条（列入严重失信主体名单或经查实数据、资料弄虚作假），取消创建资格或撤销、取消认定命名的决定及其理由。
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
