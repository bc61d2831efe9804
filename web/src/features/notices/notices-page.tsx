// 公示与异议 (province): every notice with its objections, those still to be verified and whether their
// handling deadline has passed.
import { Card, Flex, Grid, Skeleton, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { NOTICE_STAGE_LABELS, type NoticeAdminSummary } from '../../../../src/contracts/notices';
import { ErrorResult } from '../../components/error-result';
import { LinkButton } from '../../components/link-button';
import { LinkedTable } from '../../components/linked-table';
import { useFetch } from '../../lib/use-fetch';
import { useSession } from '../workspace/session';

export function ObjectionCounts({ notice }: { notice: NoticeAdminSummary }) {
  return (
    <>
      <span>
        异议 {notice.objectionCount} 件{notice.unresolvedCount > 0 ? `，待核实 ${notice.unresolvedCount} 件` : ''}
      </span>
      {notice.isOverdue && (
        <Tag color="red" style={{ marginLeft: 8 }}>
          逾期未核实（应于{notice.handlingDueOn}前）
        </Tag>
      )}
    </>
  );
}

const columns: TableColumnsType<NoticeAdminSummary> = [
  { key: 'title', title: '公示标题', render: (_v, n) => <Link to={`/workspace/notices/${n.id}`}>{n.title}</Link> },
  { key: 'stage', title: '类别', width: 130, render: (_v, n) => NOTICE_STAGE_LABELS[n.stage] },
  { key: 'window', title: '公示期', width: 210, render: (_v, n) => `${n.startsOn} 至 ${n.endsOn}` },
  { key: 'entries', title: '对象数', width: 80, dataIndex: 'entryCount' },
  { key: 'objections', title: '异议', width: 260, render: (_v, n) => <ObjectionCounts notice={n} /> },
];

export function NoticesPage() {
  const list = useFetch<NoticeAdminSummary[]>('/api/notices');
  const screens = Grid.useBreakpoint();
  const { user } = useSession();
  return (
    <Card
      title="公示与异议"
      extra={
        user.role === 'province' && (
          <LinkButton type="primary" icon={<PlusOutlined />} to="/workspace/notices/new">
            发布拟创建对象公示
          </LinkButton>
        )
      }
    >
      <Typography.Paragraph type="secondary">
        拟创建对象通过厅网站公示5个工作日；公示无异议或异议经核实不属实的，确定为创建对象，进入2年创建期（《办法》第七条）。异议应在公示期满后10个工作日内核实完毕。
      </Typography.Paragraph>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Skeleton active />
      ) : screens.md ? (
        <LinkedTable<NoticeAdminSummary> rowKey="id" columns={columns} dataSource={list.data} pagination={false} hrefOf={(n) => `/workspace/notices/${n.id}`} locale={{ emptyText: '尚未发布公示' }} />
      ) : (
        <ul aria-label="公示" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {list.data.map((n) => (
            <li key={n.id} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Link to={`/workspace/notices/${n.id}`}>
                <Flex justify="space-between" align="center" gap={12}>
                  <div style={{ minWidth: 0 }}>
                    <Typography.Text strong>{n.title}</Typography.Text>
                    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                      公示期 {n.startsOn} 至 {n.endsOn} · <ObjectionCounts notice={n} />
                    </Typography.Paragraph>
                  </div>
                  <RightOutlined />
                </Flex>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
