// One 公示 (/notices/:id): the entries in neutral order (Art. 8), the window, the Word document, and — while the
// window is open — the objection form (Art. 7(2)). A closed 公示 stays readable, with each entry's outcome.
// Plain boxes instead of antd Card/Table/Select and no zod: a phone loads at most 250 KB of JavaScript (F6 item 5).
import { useState } from 'react';
import { Alert, Button, Typography } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import type { ObjectionReceipt, PublicNoticeDetail } from '../../../../src/contracts/notices';
import { NOTICE_STAGE_LABELS } from '../../../../src/domain/publicity/notice-terms';
import { ErrorResult } from '../../components/error-result';
import { PageLoading } from '../../components/page-loading';
import { PublicLayout } from '../../components/public-layout';
import { useFetch } from '../../lib/use-fetch';
import { ObjectionForm } from './objection-form';
import { ObjectionReceiptResult } from './objection-receipt';
import { PublicNoticeEntries } from './public-notice-entries';
import '../../components/public-pages.css';

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
          <dl className="pp-facts">
            <dt>类别</dt>
            <dd>{NOTICE_STAGE_LABELS[notice.stage]}</dd>
            <dt>发布日期</dt>
            <dd>{notice.publishedOn}</dd>
            <dt>公示期</dt>
            <dd>
              {notice.startsOn} 至 {notice.endsOn}（5个工作日，截至{notice.endsOn} 24时）
            </dd>
            <dt>状态</dt>
            <dd>{notice.isObjectionOpen ? '公示中，受理异议' : '公示已结束'}</dd>
          </dl>
          {notice.text.split('\n').map((line, index) => (
            <Typography.Paragraph key={index}>{line}</Typography.Paragraph>
          ))}
          <section className="pp-box" aria-labelledby="notice-entries-title">
            <h3 className="pp-box-title" id="notice-entries-title">
              公示名单（共{notice.entryCount}个，按所在地区排列，不分先后）
            </h3>
            <div className="pp-box-body">
              <PublicNoticeEntries entries={notice.entries} stage={notice.stage} />
            </div>
          </section>
          {notice.hasDocument && (
            <Button icon={<DownloadOutlined />} href={`/api/v1/notices/${notice.id}/document.docx`} style={{ marginBottom: 16 }}>
              下载公示文件
            </Button>
          )}
          <section className="pp-box" aria-labelledby="objection-title">
            <h3 className="pp-box-title" id="objection-title">
              提出异议
            </h3>
            <div className="pp-box-body">
              {receipt ? (
                <ObjectionReceiptResult receipt={receipt} />
              ) : notice.isObjectionOpen ? (
                <ObjectionForm noticeId={notice.id} entries={notice.entries} onReceipt={setReceipt} />
              ) : (
                <Alert type="warning" showIcon title={`异议受理期为${notice.startsOn}至${notice.endsOn}，当前不在受理期内。`} />
              )}
            </div>
          </section>
        </>
      )}
    </PublicLayout>
  );
}
