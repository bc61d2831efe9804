// 公示公告 (/notices; Art. 7(2)(4)): the 公示 now open to objections and those that have ended, each with its dates,
// the 认定公告 that followed a 拟认定公示, and the way to the 认定公告 and to the cancellation and revocation notices.
// A closed 公示 stays listed and readable. No antd Card or zod here (F6 item 5: a phone loads ≤ 250 KB of JavaScript).
import { Empty, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { AnnouncementPage, AnnouncementSummary } from '../../../../src/contracts/certification';
import type { PublicNoticeSummary } from '../../../../src/contracts/notices';
import { ANNOUNCEMENTS_MAX_PAGE_SIZE, NOTICE_STAGE_LABELS } from '../../../../src/domain/publicity/notice-terms';
import { ErrorResult } from '../../components/error-result';
import { LinkButton } from '../../components/link-button';
import { PageLoading } from '../../components/page-loading';
import { PublicLayout } from '../../components/public-layout';
import { formatDate } from '../../lib/format-date-time';
import { useFetch } from '../../lib/use-fetch';
import { groupNotices } from './notice-groups';
import '../../components/public-pages.css';

// The 认定公告 that follow 拟认定公示 are one or two a year: one page of the largest size covers the notices listed.
const ANNOUNCEMENTS_PATH = `/api/v1/announcements?page=1&pageSize=${ANNOUNCEMENTS_MAX_PAGE_SIZE}`;

function NoticeCard({ notice, announcement }: { notice: PublicNoticeSummary; announcement: AnnouncementSummary | undefined }) {
  return (
    <li>
      <Link className="pp-card" to={`/notices/${notice.id}`}>
        <span className="pp-card-text">
          <span className="pp-card-title">{notice.title}</span>
          <span className="pp-meta" style={{ display: 'block' }}>
            {NOTICE_STAGE_LABELS[notice.stage]} · 发布于{notice.publishedOn} · 共{notice.entryCount}个
          </span>
          <span className="pp-meta" style={{ display: 'block' }}>
            公示期 {notice.startsOn} 至 {notice.endsOn}
            {announcement ? ` · 认定公告 ${announcement.publishedOn}` : ''}
          </span>
        </span>
        <RightOutlined className="pp-arrow" aria-hidden />
      </Link>
    </li>
  );
}

export function PublicNoticesPage() {
  const list = useFetch<PublicNoticeSummary[]>('/api/v1/notices');
  const announcements = useFetch<AnnouncementPage>(ANNOUNCEMENTS_PATH);
  const announcementOf = (noticeId: string) => announcements.data?.items.find((a) => a.noticeId === noticeId);
  // The browser's day in Asia/Shanghai decides the grouping; whether an objection is still taken is the server's
  // call, on the notice's own page.
  const groups = list.data ? groupNotices(list.data, formatDate(new Date().toISOString())) : null;
  return (
    <PublicLayout>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        公示公告
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        拟创建对象和拟认定对象在本网站公示5个工作日。公示期内，任何单位和个人均可实名对公示对象提出异议；公示结束后，公示内容和结果仍可查阅。
      </Typography.Paragraph>
      <nav aria-label="公告与查询" style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', marginBottom: 12 }}>
        <Link to="/announcements">认定公告</Link>
        <Link to="/revocations">取消与撤销公告</Link>
        <Link to="/notices/objection-status">查询异议处理情况</Link>
      </nav>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : !groups ? (
        <PageLoading />
      ) : (
        <>
          <h3 className="pp-section-title">公示中</h3>
          {groups.open.length === 0 ? (
            <Typography.Paragraph type="secondary">当前没有正在公示的对象。</Typography.Paragraph>
          ) : (
            <ul className="pp-list" aria-label="公示中">
              {groups.open.map((notice) => (
                <NoticeCard key={notice.id} notice={notice} announcement={undefined} />
              ))}
            </ul>
          )}
          <h3 className="pp-section-title">已结束</h3>
          {groups.closed.length === 0 ? (
            <Empty description="暂无已结束的公示" />
          ) : (
            <ul className="pp-list" aria-label="已结束">
              {groups.closed.map((notice) => (
                <NoticeCard key={notice.id} notice={notice} announcement={announcementOf(notice.id)} />
              ))}
            </ul>
          )}
          <h3 className="pp-section-title">认定公告</h3>
          {announcements.data && announcements.data.items.length > 0 ? (
            <ul className="pp-list" aria-label="认定公告">
              {announcements.data.items.slice(0, 5).map((announcement) => (
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
          ) : (
            <Typography.Paragraph type="secondary">{announcements.error ? `认定公告加载失败：${announcements.error.message}` : announcements.data ? '暂无认定公告。' : '正在加载…'}</Typography.Paragraph>
          )}
          <LinkButton type="link" style={{ paddingInline: 0 }} to="/announcements">
            全部认定公告
          </LinkButton>
        </>
      )}
    </PublicLayout>
  );
}
