import { useState } from 'react';
import { App, Button, Card, Flex, Grid, Skeleton, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { CopyOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import type { CallDetail, CallList, CallSummary } from '../../../../src/contracts/calls';
import { ErrorResult } from '../../components/error-result';
import { LinkedTable } from '../../components/linked-table';
import { LinkButton } from '../../components/link-button';
import { api, toApiError } from '../../lib/api';
import { useFetch } from '../../lib/use-fetch';

export const StatusTag = ({ status }: { status: CallSummary['status'] }) =>
  status === 'published' ? <Tag color="green">已发布</Tag> : <Tag color="gold">草稿</Tag>;

const columns: TableColumnsType<CallSummary> = [
  { key: 'year', title: '年度', dataIndex: 'year', width: 90, render: (year: number, item) => <Link to={`/workspace/calls/${item.id}`}>{year}年度</Link> },
  { key: 'status', title: '状态', dataIndex: 'status', width: 90, render: (status: CallSummary['status']) => <StatusTag status={status} /> },
  { key: 'title', title: '通知标题', dataIndex: 'title' },
  { key: 'creationQuota', title: '创建数量', dataIndex: 'creationQuota', width: 100 },
  { key: 'window', title: '申报期', width: 220, render: (_v, item) => `${item.opensOn} 至 ${item.closesOn}` },
];

/** 年度创建通知 (province): drafts and published calls, newest year first. */
export function CallsPage() {
  const list = useFetch<CallList>('/api/calls');
  const screens = Grid.useBreakpoint();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [copying, setCopying] = useState(false);
  const hasPublished = list.data?.items.some((item) => item.status === 'published') ?? false;

  const copyLatest = async () => {
    setCopying(true);
    try {
      const draft = await api.post<CallDetail>('/api/calls/copy-latest', {});
      void message.success(`已按上年度通知新建${draft.year}年度草稿，请核对变化`);
      navigate(`/workspace/calls/${draft.id}`);
    } catch (caught) {
      void message.error(toApiError(caught).message);
    } finally {
      setCopying(false);
    }
  };

  return (
    <Card
      title="年度创建通知"
      extra={
        <Space wrap>
          <Button type="primary" icon={<CopyOutlined />} loading={copying} disabled={!hasPublished} onClick={copyLatest}>
            以上年度通知为基础新建
          </Button>
          <LinkButton icon={<PlusOutlined />} to="/workspace/calls/new">
            新建空白草稿
          </LinkButton>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        省工业和信息化厅每年发布一份年度创建工作通知，明确年度创建数量、工作内容、时间安排和创建要求（《办法》第七条）。草稿可反复修改；发布后不可修改，并在公开页面展示。
      </Typography.Paragraph>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Skeleton active />
      ) : screens.md ? (
        <LinkedTable<CallSummary>
          rowKey="id"
          columns={columns}
          dataSource={list.data.items}
          pagination={false}
          hrefOf={(item) => `/workspace/calls/${item.id}`}
          locale={{ emptyText: '尚无年度通知' }}
        />
      ) : (
        <ul aria-label="年度通知" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {list.data.items.map((item) => (
            <li key={item.id} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Flex justify="space-between" align="center" gap={12}>
                <div style={{ minWidth: 0 }}>
                  <Typography.Text strong>{item.year}年度</Typography.Text> <StatusTag status={item.status} />
                  <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                    创建数量{item.creationQuota}个，申报期{item.opensOn}至{item.closesOn}
                  </Typography.Paragraph>
                </div>
                <Link to={`/workspace/calls/${item.id}`} aria-label={`查看${item.year}年度通知`}>
                  查看 <RightOutlined />
                </Link>
              </Flex>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
