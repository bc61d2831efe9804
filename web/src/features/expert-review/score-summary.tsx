import { Card, Skeleton, Table, Typography } from 'antd';
import type { ScoreSummaryItem, ScoreSummaryView } from '../../../../src/contracts/experts';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';

const shown = (value: number | null) => (value === null ? '—' : value.toFixed(2));

/** 评审汇总 (INTERNAL): neutral order (division code, then name), no rank column (Art. 8). */
export function ScoreSummary({ callId }: { callId: string }) {
  const summary = useFetch<ScoreSummaryView>(`/api/calls/${callId}/score-summary`);
  return (
    <Card title="评审汇总（内部）">
      <Typography.Paragraph type="secondary">
        按地区代码、名称排列，不排名；平均分为已提交专家总分（满分100）的平均值。评分结果仅供内部研究，不得公开（《办法》第八条）。
      </Typography.Paragraph>
      {summary.error ? (
        <ErrorResult error={summary.error} onRetry={summary.reload} />
      ) : !summary.data ? (
        <Skeleton active />
      ) : (
        <section aria-label="评审汇总">
          <Table<ScoreSummaryItem>
            size="small"
            rowKey="applicationId"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={summary.data.items}
            locale={{ emptyText: '尚无评审组' }}
            columns={[
              { key: 'city', title: '地市', dataIndex: 'cityName' },
              { key: 'name', title: '申报', render: (_v, i) => `${i.applicationNumber ?? ''} ${i.name}` },
              { key: 'submitted', title: '已提交/抽取', render: (_v, i) => `${i.expertsSubmitted}/${i.expertsAssigned}${i.expertsConflicted ? `（回避${i.expertsConflicted}）` : ''}` },
              { key: 'mean', title: '平均总分', render: (_v, i) => shown(i.meanTotal) },
              ...summary.data.criteria.map((c) => ({
                key: c.code,
                title: `${c.name}（${c.weight}）`,
                render: (_v: unknown, i: ScoreSummaryItem) => shown(i.criterionMeans[c.code] ?? null),
              })),
            ]}
          />
        </section>
      )}
    </Card>
  );
}
