import { Table, Tag, Typography } from 'antd';
import { REVIEW_STATUS_LABELS, type GroupProgressView, type ReviewStatus } from '../../../../src/contracts/experts';
import { useFetch } from '../../lib/use-fetch';

const COLORS: Record<ReviewStatus, string> = { undeclared: 'default', conflicted: 'red', scoring: 'blue', submitted: 'green' };

/** 评审进度: applications × experts, each cell a status (no scores). */
export function ProgressMatrix({ groupId }: { groupId: string }) {
  const progress = useFetch<GroupProgressView>(`/api/review-groups/${groupId}/progress`);
  if (!progress.data) return null;
  const { experts, applications, cells } = progress.data;
  const statusOf = (applicationId: string, expertId: string) => cells.find((c) => c.applicationId === applicationId && c.expertId === expertId)?.status;
  return (
    <section aria-label="评审进度">
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        评审进度
      </Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={applications}
        columns={[
          { key: 'application', title: '申报', fixed: 'left', render: (_v, a) => a.name },
          ...experts.map((e) => ({
            key: e.id,
            title: e.name,
            render: (_v: unknown, a: { id: string }) => {
              const status = statusOf(a.id, e.id);
              return status ? <Tag color={COLORS[status]}>{REVIEW_STATUS_LABELS[status]}</Tag> : null;
            },
          })),
        ]}
      />
    </section>
  );
}
