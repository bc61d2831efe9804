// The read-only parts of one re-review: the operator's report as submitted, the Art. 14 records of the window, the
// city's assessment and the outcome. The frozen snapshot is the acceptance's table (acceptance-parts.tsx).
import { Alert, Descriptions, Empty, Tag, Typography } from 'antd';
import { CITY_OPINION_LABELS, type ReReviewView } from '../../../../src/contracts/re-review';
import type { ObligationRecordView } from '../../../../src/contracts/obligations';
import { formatDateTime } from '../../lib/format-date-time';
import { EvidenceList } from '../acceptance/acceptance-parts';
import { reportFileHref } from './re-review-api';
import { reportStateText } from './re-review-view';

const { Text, Paragraph } = Typography;
const prewrap = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

export function ReportDetails({ objectId, reReview }: { objectId: string; reReview: ReReviewView }) {
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      aria-label="运行和服务情况报告"
      items={[
        {
          key: 'submitted',
          label: '提交情况',
          children: (
            <>
              {reportStateText(reReview, formatDateTime)} {reReview.isLate && <Tag color="orange">逾期提交</Tag>}
            </>
          ),
        },
        { key: 'report', label: '运行和服务情况报告', children: <div style={prewrap}>{reReview.report || '—'}</div> },
        {
          key: 'files',
          label: '报告附件',
          children: <EvidenceList objectId={objectId} evidence={reReview.files} hrefOf={(fileId) => reportFileHref(objectId, reReview.id, fileId)} label="报告附件" />,
        },
      ]}
    />
  );
}

function recordLine(r: ObligationRecordView): string {
  return [r.heldOn, r.categoryLabel ?? r.kindLabel, r.organiser, r.participants === null ? null : `${r.participants}人参与`].filter(Boolean).join(' · ');
}

/** Art. 14 (二)(四): the records held within the window, voided ones marked. */
export function ObligationList({ records }: { records: ObligationRecordView[] }) {
  if (records.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="复核期间无义务履行记录" />;
  return (
    <ul aria-label="义务履行记录" className="re-review-list">
      {records.map((r) => (
        <li key={r.id}>
          <Text strong delete={r.isVoided} style={{ overflowWrap: 'anywhere' }}>
            {r.title}
          </Text>{' '}
          {r.isVoided && <Tag>已作废</Tag>}
          <div>
            <Text type="secondary">{recordLine(r)}</Text>
          </div>
          <Paragraph style={{ ...prewrap, margin: '4px 0 0' }}>{r.description}</Paragraph>
          {r.isVoided && r.voidReason && <Text type="secondary">作废原因：{r.voidReason}</Text>}
        </li>
      ))}
    </ul>
  );
}

/** The city's opinion: the city's, the province's and the auditors' to read (null for the operator). */
export function AssessmentDetails({ reReview }: { reReview: ReReviewView }) {
  if (!reReview.cityOpinion) return null;
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      aria-label="地市评估意见"
      items={[
        {
          key: 'opinion',
          label: '地市评估意见',
          children: <Tag color={reReview.cityOpinion === 'pass' ? 'success' : 'error'}>{CITY_OPINION_LABELS[reReview.cityOpinion]}</Tag>,
        },
        { key: 'comment', label: '说明', children: <div style={prewrap}>{reReview.cityComment ?? '—'}</div> },
        ...(reReview.assessedAt ? [{ key: 'at', label: '评估时间', children: formatDateTime(reReview.assessedAt) }] : []),
      ]}
    />
  );
}

export function OutcomeAlert({ reReview, title }: { reReview: ReReviewView; title: string }) {
  // Ended (the object left 复核中 undecided, e.g. revoked under Art. 12): neutral, neither a pass nor a fail.
  if (reReview.status === 'ended') {
    return (
      <Alert
        role="status"
        aria-label="复核已终止"
        type="info"
        showIcon
        title={`${title}：${reReview.statusLabel}`}
        description="该平台（基地）已不在复核中，本次复核终止，不再提交报告、评估或作出复核结论。"
      />
    );
  }
  if (!reReview.outcome) return null;
  return (
    <Alert
      role="status"
      aria-label="复核结论"
      type={reReview.outcome === 'passed' ? 'success' : 'error'}
      showIcon
      title={`${title}：${reReview.statusLabel}`}
      description={<span style={prewrap}>{`理由：${reReview.outcomeReason ?? ''}${reReview.decidedAt ? `（${formatDateTime(reReview.decidedAt)}）` : ''}`}</span>}
    />
  );
}
