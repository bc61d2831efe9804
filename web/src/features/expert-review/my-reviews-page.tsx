import { Card, List, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { REVIEW_STATUS_LABELS, type MyReviewList } from '../../../../src/contracts/experts';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';

const COLORS = { undeclared: 'gold', scoring: 'blue', submitted: 'green' } as const;

/** 我的评审 (expert): own assignments; before declaring, only what is needed to judge a conflict. */
export function MyReviewsPage() {
  const list = useFetch<MyReviewList>('/api/my-reviews');
  return (
    <Card title="我的评审">
      <Typography.Paragraph type="secondary">
        请先逐一声明与申报单位是否存在利害关系（回避）；声明无利害关系后方可查看申报材料并按创建方案评价要求评分。评审内容请保密。
      </Typography.Paragraph>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Skeleton active />
      ) : (
        <List
          aria-label="我的评审任务"
          dataSource={list.data.items}
          locale={{ emptyText: '暂无评审任务' }}
          renderItem={(item) => (
            <List.Item extra={<Tag color={COLORS[item.status]}>{REVIEW_STATUS_LABELS[item.status]}</Tag>}>
              <List.Item.Meta
                title={<Link to={`/workspace/my-reviews/${item.id}`}>{item.platformName}</Link>}
                description={<span style={{ overflowWrap: 'anywhere' }}>{`${item.applicationNumber ?? ''} · ${item.organisationName} · ${item.cityName}`}</span>}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
