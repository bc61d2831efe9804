import { Card, List, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { MY_ACCEPTANCE_STATUS_LABELS, type MyAcceptanceReviewList } from '../../../../src/contracts/acceptance-opinions';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';

const COLORS = { undeclared: 'gold', judging: 'blue', submitted: 'green', closed: 'default' } as const;

/** 验收评审 (expert): own acceptance assignments; before declaring, only what is needed to judge a conflict. */
export function MyAcceptanceReviewsPage() {
  const list = useFetch<MyAcceptanceReviewList>('/api/my-acceptance-reviews');
  return (
    <Card title="验收评审">
      <Typography.Paragraph type="secondary">
        请先逐一声明与运营主体是否存在利害关系（回避）；声明无利害关系后方可查看创建工作总结、目标完成情况、佐证材料和指标测算结果，并提交验收意见。验收内容请保密。
      </Typography.Paragraph>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Skeleton active />
      ) : (
        <List
          aria-label="我的验收评审任务"
          dataSource={list.data.items}
          locale={{ emptyText: '暂无验收评审任务' }}
          renderItem={(item) => (
            <List.Item extra={<Tag color={COLORS[item.status]}>{MY_ACCEPTANCE_STATUS_LABELS[item.status]}</Tag>}>
              <List.Item.Meta
                title={<Link to={`/workspace/my-acceptance-reviews/${item.id}`}>{item.platformName}</Link>}
                description={<span style={{ overflowWrap: 'anywhere' }}>{`${item.organisationName} · ${item.cityName} · 第${item.attempt}次验收`}</span>}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
