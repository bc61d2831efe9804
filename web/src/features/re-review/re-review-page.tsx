// 复核管理 (/workspace/re-review; F5 item 3; Art. 10; ADR 0016): the province schedules rounds and sees every
// re-review; auditors read the same without forms; a city sees its own platforms' re-reviews, those waiting for its
// assessment first. Each re-review is worked on in the object's 复核 tab.
import { useState } from 'react';
import { Card, Flex, Grid, Skeleton, Table, Typography } from 'antd';
import type { ReReviewOverview, ReReviewRoundView } from '../../../../src/contracts/re-review';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import { useSession } from '../workspace/session';
import { ReReviewListCard } from './re-review-list';
import { roundCountsText, roundStateText } from './re-review-view';
import { RoundForm } from './round-form';
import './re-review.css';

const datesText = (round: ReReviewRoundView) => `报告截止${round.reportDueOn} · 地市评估截止${round.cityDueOn}`;

function RoundList({ rounds }: { rounds: ReReviewRoundView[] }) {
  const isPhone = !Grid.useBreakpoint().md;
  if (isPhone) {
    return (
      <ul aria-label="复核批次列表" className="re-review-list">
        {rounds.length === 0 && <Typography.Text type="secondary">尚未安排复核</Typography.Text>}
        {rounds.map((round) => (
          <li key={round.id}>
            <span className="re-review-list-name">
              {round.year}年度 · {round.title}
            </span>
            <div>
              <Typography.Text type="secondary">{roundStateText(round)}</Typography.Text>
            </div>
            <div>
              <Typography.Text type="secondary">{datesText(round)}</Typography.Text>
            </div>
            <div>{roundCountsText(round)}</div>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table<ReReviewRoundView>
      rowKey="id"
      aria-label="复核批次列表"
      dataSource={rounds}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: '尚未安排复核' }}
      columns={[
        { title: '年度', dataIndex: 'year', width: 70 },
        { title: '复核批次', dataIndex: 'title', render: (title: string) => <span style={{ overflowWrap: 'anywhere' }}>{title}</span> },
        { title: '开始', key: 'state', width: 170, render: (_: unknown, round) => roundStateText(round) },
        { title: '截止日期', key: 'dates', width: 190, className: 're-review-prewrap', render: (_: unknown, round) => `报告 ${round.reportDueOn}\n地市评估 ${round.cityDueOn}` },
        { title: '各状态数量', key: 'counts', width: 260, render: (_: unknown, round) => roundCountsText(round) },
      ]}
    />
  );
}

function RoundsSection({ onCreated }: { onCreated: () => void }) {
  const overview = useFetch<ReReviewOverview>('/api/re-review-rounds');
  if (overview.error) return <ErrorResult error={overview.error} onRetry={overview.reload} />;
  if (!overview.data) return <Skeleton active />;
  const { rounds, dueToday, canManage } = overview.data;
  return (
    <>
      <Card title="复核批次">
        <Typography.Paragraph type="secondary">
          省工业和信息化厅会同地市级中小企业主管部门每2年开展一次运行和服务情况复核；复核不达标的给予1年整改期，连续两年未通过复核的取消认定命名（《管理办法》第十条）。
          {!canManage && '您可查阅，不能办理。'}
        </Typography.Paragraph>
        <RoundList rounds={rounds} />
      </Card>
      {canManage && (
        <Card title="安排复核">
          <RoundForm
            dueToday={dueToday}
            onCreated={() => {
              overview.reload();
              onCreated();
            }}
          />
        </Card>
      )}
    </>
  );
}

export function ReReviewPage() {
  const { user } = useSession();
  const isCity = user.role === 'city';
  const [listVersion, setListVersion] = useState(0);
  return (
    <Flex vertical gap={16}>
      {!isCity && <RoundsSection onCreated={() => setListVersion((v) => v + 1)} />}
      {/* Re-mounted after a round opens, so the list shows the new re-reviews. */}
      <ReReviewListCard key={listVersion} isCity={isCity} />
    </Flex>
  );
}
