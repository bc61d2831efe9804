// The re-reviews a person may see (GET /api/re-reviews, scoped by the server): the province's and the auditors' all,
// the city's its own platforms' — those it may assess now first. Each links to the object's 复核 tab. Cards on
// phones, a table on larger screens.
import { useState } from 'react';
import { Card, Flex, Grid, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { RE_REVIEW_STATUS_LABELS, RE_REVIEW_STATUSES, type ReReviewList, type ReReviewListItem, type ReReviewStatus } from '../../../../src/contracts/re-review';
import { CARRIER_LABELS } from '../../../../src/domain/standards/types';
import { ErrorResult } from '../../components/error-result';
import { formatDate } from '../../lib/format-date-time';
import { useFetch } from '../../lib/use-fetch';
import { StateTag } from '../applications/application-shared';
import { reReviewTabHref } from './re-review-api';
import { cityOrder } from './re-review-view';
import './re-review.css';

const STATUS_OPTIONS = RE_REVIEW_STATUSES.map((value) => ({ value, label: RE_REVIEW_STATUS_LABELS[value] }));
// 已终止 is neutral (default colour): nobody's work, neither a pass nor a fail.
const STATUS_COLOR: Record<ReReviewStatus, string> = { reporting: 'processing', submitted: 'orange', assessed: 'purple', passed: 'success', failed: 'error', ended: 'default' };

function StatusTags({ item }: { item: ReReviewListItem }) {
  return (
    <Flex gap={4} wrap>
      <Tag color={STATUS_COLOR[item.status]} style={{ marginInlineEnd: 0 }}>
        {item.statusLabel}
      </Tag>
      {item.isLate && <Tag color="orange">逾期提交</Tag>}
      {item.isAfterRectification && <Tag>整改后复核</Tag>}
    </Flex>
  );
}

const roundText = (item: ReReviewListItem) => `${item.round.year}年度 · ${item.round.title}`;
const dueText = (item: ReReviewListItem) => `报告截止${item.round.reportDueOn} · 地市评估截止${item.round.cityDueOn}`;

export function ReReviewListCard({ isCity }: { isCity: boolean }) {
  const [status, setStatus] = useState<ReReviewStatus>();
  const list = useFetch<ReReviewList>(status ? `/api/re-reviews?status=${status}` : '/api/re-reviews');
  const isPhone = !Grid.useBreakpoint().md;
  const items = list.data ? (isCity ? cityOrder(list.data.items, formatDate(new Date().toISOString())) : list.data.items) : [];
  const empty = status ? `没有“${RE_REVIEW_STATUS_LABELS[status]}”的复核` : '暂无复核';
  return (
    <Card title={isCity ? '本地市平台（基地）复核' : '复核对象'}>
      {isCity && (
        <Typography.Paragraph type="secondary">
          运营主体提交运行和服务情况报告后（或报告截止后仍未提交的），请在地市评估截止日前提出达标或不达标的评估意见，报省工业和信息化厅作出复核结论。可评估的排在前面。
        </Typography.Paragraph>
      )}
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Select aria-label="复核状态筛选" allowClear placeholder="全部状态" style={{ minWidth: 180 }} options={STATUS_OPTIONS} value={status} onChange={setStatus} />
      </Flex>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Skeleton active />
      ) : isPhone ? (
        <ul aria-label="复核列表" className="re-review-list">
          {items.length === 0 && <Typography.Text type="secondary">{empty}</Typography.Text>}
          {items.map((item) => (
            <li key={item.reReviewId}>
              <Link to={reReviewTabHref(item.object.id)} className="re-review-list-name">
                {item.object.name}
              </Link>
              <div>
                <Typography.Text type="secondary">
                  {CARRIER_LABELS[item.object.carrier]} · {item.object.cityName} · {roundText(item)}
                </Typography.Text>
              </div>
              <div>
                <Typography.Text type="secondary">{dueText(item)}</Typography.Text>
              </div>
              <Flex gap={4} wrap>
                <StateTag state={item.object.state} label={item.object.stateLabel} />
                <StatusTags item={item} />
              </Flex>
            </li>
          ))}
        </ul>
      ) : (
        <Table<ReReviewListItem>
          rowKey="reReviewId"
          aria-label="复核列表"
          dataSource={items}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: empty }}
          columns={[
            { title: '平台（基地）名称', key: 'name', render: (_: unknown, item) => <Link to={reReviewTabHref(item.object.id)}>{item.object.name}</Link> },
            { title: '地市', key: 'city', width: 90, render: (_: unknown, item) => item.object.cityName },
            { title: '复核批次', key: 'round', width: 200, render: (_: unknown, item) => roundText(item) },
            { title: '截止日期', key: 'due', width: 200, render: (_: unknown, item) => `报告 ${item.round.reportDueOn}\n评估 ${item.round.cityDueOn}`, className: 're-review-prewrap' },
            { title: '状态', key: 'state', width: 110, render: (_: unknown, item) => <StateTag state={item.object.state} label={item.object.stateLabel} /> },
            { title: '复核进度', key: 'status', width: 190, render: (_: unknown, item) => <StatusTags item={item} /> },
          ]}
        />
      )}
    </Card>
  );
}
