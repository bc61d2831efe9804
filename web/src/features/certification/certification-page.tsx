// 认定管理 (F5 item 2; Art. 7(4)): the 拟认定对象 and their 公示, each 拟认定公示 with its window and objections,
// and 发文公告正式认定 once the window is over with no open objection. The province acts; the auditor reads.
import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { AnnouncementSummary, AnnouncementView, CertificationNoticeRow, CertificationOverview } from '../../../../src/contracts/certification';
import { ErrorResult } from '../../components/error-result';
import { api, toApiError } from '../../lib/api';
import { useFetch } from '../../lib/use-fetch';
import { ObjectionCounts } from '../notices/notices-page';
import { useSession } from '../workspace/session';
import { CertifiedEntries } from './certified-entries';
import { PublishCertificationNotice } from './publish-certification-notice';

function AnnouncementLinks({ announcement }: { announcement: AnnouncementSummary }) {
  return (
    <Space wrap>
      <Link to={`/announcements/${announcement.id}`}>{announcement.title}</Link>
      <Typography.Text type="secondary">发布于{announcement.publishedOn}</Typography.Text>
      <Button size="small" icon={<DownloadOutlined />} href={`/api/v1/announcements/${announcement.id}/document.docx`}>
        下载公告
      </Button>
    </Space>
  );
}

function NoticeItem({ notice, canAct, onAnnounced }: { notice: CertificationNoticeRow; canAct: boolean; onAnnounced: () => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const announce = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const announcement = await api.post<AnnouncementView>(`/api/notices/${notice.id}/certification-announcement`, {});
      void message.success(`认定公告已发布，共认定${announcement.entryCount}个`);
      onAnnounced();
    } catch (caught) {
      setProblem(toApiError(caught).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Link to={`/workspace/notices/${notice.id}`}>
        <Typography.Text strong>{notice.title}</Typography.Text>
      </Link>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>
        公示期 {notice.startsOn} 至 {notice.endsOn} · 共{notice.entryCount}个，待认定{notice.pendingCount}个 · <ObjectionCounts notice={notice} />
      </Typography.Paragraph>
      {notice.announcement ? (
        <Flex gap={8} wrap align="center">
          <Tag color="green">已发文公告</Tag>
          <AnnouncementLinks announcement={notice.announcement} />
        </Flex>
      ) : (
        <>
          {notice.announceBlockedReason && <Alert type="info" showIcon style={{ marginBottom: 8 }} title={notice.announceBlockedReason} />}
          {problem && <Alert type="error" showIcon style={{ marginBottom: 8 }} title={problem} />}
          {canAct && (
            <Button type="primary" disabled={notice.announceBlockedReason !== null} loading={busy} onClick={announce}>
              发文公告正式认定
            </Button>
          )}
        </>
      )}
    </li>
  );
}

export function CertificationPage() {
  const overview = useFetch<CertificationOverview>('/api/certification');
  const { user } = useSession();
  const canAct = user.role === 'province';
  const data = overview.data;
  if (overview.error) return <ErrorResult error={overview.error} onRetry={overview.reload} />;
  if (!data) return <Skeleton active />;
  return (
    <Flex vertical gap={16}>
      <Card title="拟认定对象">
        <Typography.Paragraph type="secondary">
          评估验收通过的拟认定对象，拟认定名单通过厅网站公示5个工作日；公示无异议或异议不属实的，由省工业和信息化厅发文公告正式认定（《办法》第七条）。名单按所在地区排列，不分先后。
        </Typography.Paragraph>
        <CertifiedEntries entries={data.shortlisted} label="拟认定对象" />
        {canAct && data.shortlisted.length > 0 && <PublishCertificationNotice onPublished={overview.reload} />}
      </Card>
      <Card title="拟认定公示">
        {data.notices.length === 0 ? (
          <Typography.Text type="secondary">尚未发布拟认定公示</Typography.Text>
        ) : (
          <ul aria-label="拟认定公示" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {data.notices.map((notice) => (
              <NoticeItem key={notice.id} notice={notice} canAct={canAct} onAnnounced={overview.reload} />
            ))}
          </ul>
        )}
      </Card>
      <Card title="认定公告">
        {data.announcements.length === 0 ? (
          <Typography.Text type="secondary">尚未发布认定公告</Typography.Text>
        ) : (
          <ul aria-label="认定公告" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {data.announcements.map((announcement) => (
              <li key={announcement.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
                <AnnouncementLinks announcement={announcement} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </Flex>
  );
}
