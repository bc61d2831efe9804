import { useState } from 'react';
import { Card, Empty, Select, Skeleton, Typography } from 'antd';
import type { CallList } from '../../../../src/contracts/calls';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import { ReviewGroups } from './review-groups';
import { ScoreSummary } from './score-summary';

/** 专家评审 (province, Art. 7(2)): groups of recommended applications, the draw, progress and the internal summary. */
export function ExpertReviewPage() {
  const calls = useFetch<CallList>('/api/calls');
  const published = calls.data?.items.filter((c) => c.status === 'published') ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  // A new group or draw changes the summary below; remounting it fetches it again.
  const [revision, setRevision] = useState(0);
  const callId = chosen ?? published[0]?.id ?? null;

  return (
    <>
      <Card title="专家评审" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">
          将地市推荐的申报编入评审组，按组随机抽取专家并自动回避；专家先声明利害关系，再查看材料、按附件3评分。评分仅供内部使用，不排名、不公开（《办法》第八条）。
        </Typography.Paragraph>
        {calls.error ? (
          <ErrorResult error={calls.error} onRetry={calls.reload} />
        ) : !calls.data ? (
          <Skeleton active paragraph={{ rows: 1 }} />
        ) : published.length === 0 ? (
          <Empty description="尚无已发布的年度通知" />
        ) : (
          <label style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
            年度通知
            <Select
              aria-label="年度通知"
              style={{ minWidth: 200, maxWidth: '100%' }}
              value={callId}
              onChange={setChosen}
              options={published.map((c) => ({ value: c.id, label: `${c.year}年度` }))}
            />
          </label>
        )}
      </Card>
      {callId && (
        <>
          <ReviewGroups key={`g-${callId}`} callId={callId} onChanged={() => setRevision((r) => r + 1)} />
          <ScoreSummary key={`s-${callId}-${revision}`} callId={callId} />
        </>
      )}
    </>
  );
}
