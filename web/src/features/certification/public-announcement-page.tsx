// One 认定公告 (/announcements/:id; Art. 7(4)): its text, the certified in neutral order with their certificate
// numbers (Art. 8: 不分先后, never a score), and the Word document. Plain boxes and tables, no antd Card/Table:
// a public page loads at most 250 KB of JavaScript (F6 item 5).
import { Button, Typography } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import type { AnnouncementView } from '../../../../src/contracts/certification';
import { ErrorResult } from '../../components/error-result';
import { PageLoading } from '../../components/page-loading';
import { PublicLayout } from '../../components/public-layout';
import { useFetch } from '../../lib/use-fetch';
import { PublicCertifiedEntries } from './public-certified-entries';
import '../../components/public-pages.css';

export function PublicAnnouncementPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const detail = useFetch<AnnouncementView>(`/api/v1/announcements/${encodeURIComponent(id)}`);
  const announcement = detail.data;
  return (
    <PublicLayout>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }} onClick={() => navigate('/announcements')}>
        全部认定公告
      </Button>
      {detail.error ? (
        <ErrorResult error={detail.error} notFoundTitle="该公告不存在" onRetry={detail.reload} />
      ) : !announcement ? (
        <PageLoading />
      ) : (
        <>
          <Typography.Title level={2} style={{ marginTop: 8 }}>
            {announcement.title}
          </Typography.Title>
          <dl className="pp-facts">
            <dt>发布日期</dt>
            <dd>{announcement.publishedOn}</dd>
            <dt>发布单位</dt>
            <dd>广东省工业和信息化厅</dd>
          </dl>
          {announcement.text.split('\n').map((line, index) => (
            <Typography.Paragraph key={index}>{line}</Typography.Paragraph>
          ))}
          <section className="pp-box" aria-labelledby="certified-title">
            <h3 className="pp-box-title" id="certified-title">
              认定名单（共{announcement.entryCount}个，按所在地区排列，不分先后）
            </h3>
            <div className="pp-box-body">
              <PublicCertifiedEntries entries={announcement.entries} label="认定名单" />
            </div>
          </section>
          {announcement.hasDocument && (
            <Button icon={<DownloadOutlined />} href={`/api/v1/announcements/${announcement.id}/document.docx`} style={{ marginBottom: 16 }}>
              下载公告文件
            </Button>
          )}
        </>
      )}
    </PublicLayout>
  );
}
