// 认定公告 (/announcements; Art. 7(4)): the certification announcements published on the department's site,
// newest first, a page at a time.
import { useState } from 'react';
import { Card, Empty, Flex, Pagination, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { AnnouncementPage } from '../../../../src/contracts/certification';
import { ErrorResult } from '../../components/error-result';
import { PageLoading } from '../../components/page-loading';
import { PublicLayout } from '../../components/public-layout';
import { useFetch } from '../../lib/use-fetch';

const PAGE_SIZE = 20;

export function PublicAnnouncementsPage() {
  const [page, setPage] = useState(1);
  const list = useFetch<AnnouncementPage>(`/api/v1/announcements?page=${page}&pageSize=${PAGE_SIZE}`);
  return (
    <PublicLayout>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        认定公告
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        拟认定名单公示5个工作日，公示无异议或异议不属实的，由省工业和信息化厅发文公告正式认定（《办法》第七条）。
      </Typography.Paragraph>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <PageLoading />
      ) : list.data.total === 0 ? (
        <Empty description="暂无认定公告" />
      ) : (
        <Flex vertical gap={12}>
          {list.data.items.map((announcement) => (
            <Card key={announcement.id} size="small">
              <Link to={`/announcements/${announcement.id}`}>
                <Flex justify="space-between" align="center" gap={12}>
                  <div style={{ minWidth: 0 }}>
                    <Typography.Text strong>{announcement.title}</Typography.Text>
                    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                      发布于{announcement.publishedOn} · 共认定{announcement.entryCount}个
                    </Typography.Paragraph>
                  </div>
                  <RightOutlined />
                </Flex>
              </Link>
            </Card>
          ))}
          {list.data.total > PAGE_SIZE && <Pagination align="center" current={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} showSizeChanger={false} />}
        </Flex>
      )}
    </PublicLayout>
  );
}
