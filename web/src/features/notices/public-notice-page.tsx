// One 公示 (/notices/:id): the entries in neutral order (Art. 8), the window, the Word document, and — while the
// window is open — the objection form (Art. 7(2)).
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Typography } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import { NOTICE_STAGE_LABELS, type ObjectionReceipt, type PublicNoticeDetail } from '../../../../src/contracts/notices';
import { ErrorResult } from '../../components/error-result';
import { PageLoading } from '../../components/page-loading';
import { PublicLayout } from '../../components/public-layout';
import { useFetch } from '../../lib/use-fetch';
import { NoticeEntries } from './notice-entries';
import { ObjectionForm } from './objection-form';
import { ObjectionReceiptResult } from './objection-receipt';

export function PublicNoticePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const detail = useFetch<PublicNoticeDetail>(`/api/v1/notices/${encodeURIComponent(id)}`);
  const [receipt, setReceipt] = useState<ObjectionReceipt | null>(null);
  const notice = detail.data;
  return (
    <PublicLayout>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }} onClick={() => navigate('/notices')}>
        全部公示
      </Button>
      {detail.error ? (
        <ErrorResult error={detail.error} notFoundTitle="该公示不存在" onRetry={detail.reload} />
      ) : !notice ? (
        <PageLoading />
      ) : (
        <>
          <Typography.Title level={2} style={{ marginTop: 8 }}>
            {notice.title}
          </Typography.Title>
          <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="类别">{NOTICE_STAGE_LABELS[notice.stage]}</Descriptions.Item>
            <Descriptions.Item label="发布日期">{notice.publishedOn}</Descriptions.Item>
            <Descriptions.Item label="公示期">
              {notice.startsOn} 至 {notice.endsOn}（5个工作日，截至{notice.endsOn} 24时）
            </Descriptions.Item>
          </Descriptions>
          {notice.text.split('\n').map((line, index) => (
            <Typography.Paragraph key={index}>{line}</Typography.Paragraph>
          ))}
          <Card size="small" title={`公示名单（共${notice.entryCount}个，按所在地区排列，不分先后）`} style={{ marginBottom: 16 }}>
            <NoticeEntries entries={notice.entries} stage={notice.stage} />
          </Card>
          {notice.hasDocument && (
            <Button icon={<DownloadOutlined />} href={`/api/v1/notices/${notice.id}/document.docx`} style={{ marginBottom: 16 }}>
              下载公示文件
            </Button>
          )}
          <Card size="small" title="提出异议">
            {receipt ? (
              <ObjectionReceiptResult receipt={receipt} />
            ) : notice.isObjectionOpen ? (
              <ObjectionForm noticeId={notice.id} entries={notice.entries} onReceipt={setReceipt} />
            ) : (
              <Alert type="warning" showIcon title={`异议受理期为${notice.startsOn}至${notice.endsOn}，当前不在受理期内。`} />
            )}
          </Card>
        </>
      )}
    </PublicLayout>
  );
}
