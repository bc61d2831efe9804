// 认定公告 (/announcements; Art. 7(4)): the certification announcements published on the department's site,
// newest first, a page at a time, with links to 公示公告 and to the cancellations and revocations.
// Plain cards and a previous/next pager, no antd Card/Pagination: a public page loads ≤ 250 KB of JavaScript (F6 item 5).
import { useState } from 'react';
import { Empty, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { AnnouncementPage } from '../../../../src/contracts/certification';
import { ErrorResult } from '../../components/error-result';
import { PageLoading } from '../../components/page-loading';
import { PublicLayout } from '../../components/public-layout';
import { SimplePager } from '../../components/simple-pager';
import { useFetch } from '../../lib/use-fetch';
import '../../components/public-pages.css';

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
      <nav aria-label="相关公告" style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', marginBottom: 12 }}>
        <Link to="/notices">公示公告</Link>
        <Link to="/revocations">取消与撤销公告</Link>
      </nav>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <PageLoading />
      ) : list.data.total === 0 ? (
        <Empty description="暂无认定公告" />
      ) : (
        <>
          <ul className="pp-list" aria-label="认定公告">
            {list.data.items.map((announcement) => (
              <li key={announcement.id}>
                <Link className="pp-card" to={`/announcements/${announcement.id}`}>
                  <span className="pp-card-text">
                    <span className="pp-card-title">{announcement.title}</span>
                    <span className="pp-meta" style={{ display: 'block' }}>
                      发布于{announcement.publishedOn} · 共认定{announcement.entryCount}个
                    </span>
                  </span>
                  <RightOutlined className="pp-arrow" aria-hidden />
                </Link>
              </li>
            ))}
          </ul>
          <SimplePager page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} />
        </>
      )}
    </PublicLayout>
  );
}
