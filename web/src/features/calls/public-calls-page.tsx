// 年度通知 (/calls): the published annual calls (Art. 7(1)), newest year first, from GET /api/v1/calls.
import { Card, Empty, Flex, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { PublicCallList } from '../../../../src/contracts/calls';
import { ErrorResult } from '../../components/error-result';
import { PageLoading } from '../../components/page-loading';
import { PublicLayout } from '../../components/public-layout';
import { useFetch } from '../../lib/use-fetch';

export function PublicCallsPage() {
  const list = useFetch<PublicCallList>('/api/v1/calls');
  return (
    <PublicLayout>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        年度创建工作通知
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        省工业和信息化厅每年发布年度创建工作通知，明确年度创建数量、工作内容、时间安排和创建要求。申请创建不收取任何费用。
      </Typography.Paragraph>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <PageLoading />
      ) : list.data.items.length === 0 ? (
        <Empty description="尚未发布年度创建工作通知" />
      ) : (
        <Flex vertical gap={12}>
          {list.data.items.map((call) => (
            <Card key={call.year} size="small">
              <Link to={`/calls/${call.year}`} aria-label={`${call.year}年度创建工作通知`}>
                <Flex justify="space-between" align="center" gap={12}>
                  <div style={{ minWidth: 0 }}>
                    <Typography.Text strong>{call.title}</Typography.Text>
                    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                      申报期 {call.opensOn} 至 {call.closesOn} · 创建数量{call.creationQuota}个 · 发布于{call.publishedOn}
                    </Typography.Paragraph>
                  </div>
                  <RightOutlined />
                </Flex>
              </Link>
            </Card>
          ))}
        </Flex>
      )}
    </PublicLayout>
  );
}
