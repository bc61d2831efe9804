// The read-only parts of an acceptance attempt: the evidence files, the frozen snapshot (indicator by indicator
// against the creation and the certification standard), the experts' opinions and the outcome.
import type { ReactNode } from 'react';
import { Alert, Button, Descriptions, Empty, Grid, Table, Tag, Typography } from 'antd';
import type { AcceptanceAttemptView, AcceptanceEvidence, AcceptanceOpinionView, AcceptanceSnapshotView } from '../../../../src/contracts/acceptance';
import type { DashboardRow } from '../../../../src/domain/creation-data/indicator-dashboard';
import { formatDateTime } from '../../lib/format-date-time';
import { PassTag } from '../creation-objects/indicator-dashboard-tab';
import { evidenceHref } from './acceptance-api';

const { Text, Paragraph } = Typography;

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

interface EvidenceListProps {
  objectId: string;
  evidence: AcceptanceEvidence[];
  onRemove?: (fileId: string) => void;
  /** Where a file is downloaded; acceptance evidence by default (the re-review's report files pass their own). */
  hrefOf?: (fileId: string) => string;
  /** The list's name and what it says when empty; 佐证材料 by default. */
  label?: string;
}

export function EvidenceList({ objectId, evidence, onRemove, hrefOf = (fileId) => evidenceHref(objectId, fileId), label = '佐证材料' }: EvidenceListProps) {
  if (evidence.length === 0) return <Text type="secondary">尚未上传{label}</Text>;
  return (
    <ul aria-label={label} className="acceptance-evidence">
      {evidence.map((file) => (
        <li key={file.fileId}>
          <a href={hrefOf(file.fileId)} target="_blank" rel="noreferrer">
            {file.name}
          </a>{' '}
          <Text type="secondary">{sizeText(file.sizeBytes)}</Text>
          {onRemove && (
            <Button type="link" size="small" danger onClick={() => onRemove(file.fileId)} aria-label={`删除${file.name}`}>
              删除
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}

interface SnapshotTableProps {
  snapshot: AcceptanceSnapshotView;
  /** The section's name; 验收指标快照 by default (a re-review passes 复核指标快照). */
  label?: string;
  /** The line above the figures; the acceptance's own by default. */
  intro?: ReactNode;
}

export function SnapshotTable({ snapshot, label = '验收指标快照', intro }: SnapshotTableProps) {
  const isPhone = !Grid.useBreakpoint().md;
  const rows = snapshot.dashboard.rows;
  return (
    <section aria-label={label}>
      <Paragraph type="secondary">
        {intro ?? (
          <>
            {snapshot.takenOn}组织验收时固定的{snapshot.window.label}（{snapshot.window.startsOn}至{snapshot.window.endsOn}）指标数据，标准版本{snapshot.standardVersion}
            ；此后的数据更正不改变本快照。定性指标由专家评审。
          </>
        )}
      </Paragraph>
      {isPhone ? (
        <div aria-label="快照指标列表">
          {rows.map((row) => (
            <div key={row.code} className="indicator-card">
              <Text strong>{row.name}</Text>
              <div>实际值：{row.actualText}</div>
              <div className="indicator-card-stages">
                <div>
                  <Text type="secondary">创建</Text> <PassTag passed={row.creation.passed} />
                </div>
                <div>
                  <Text type="secondary">认定</Text> <PassTag passed={row.certification.passed} />
                </div>
              </div>
            </div>
          ))}
        </div>
      ) : (
        <Table<DashboardRow>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: '指标', key: 'name', width: 180, render: (_: unknown, row) => <Text strong>{row.name}</Text> },
            { title: '创建标准要求', key: 'creationRequired', render: (_: unknown, row) => <span className="indicator-rule">{row.creation.required}</span> },
            { title: '创建结果', key: 'creation', width: 96, render: (_: unknown, row) => <PassTag passed={row.creation.passed} /> },
            { title: '认定标准要求', key: 'certificationRequired', render: (_: unknown, row) => <span className="indicator-rule">{row.certification.required}</span> },
            { title: '认定结果', key: 'certification', width: 96, render: (_: unknown, row) => <PassTag passed={row.certification.passed} /> },
            { title: '实际值', dataIndex: 'actualText', width: 160, render: (text: string) => <span style={{ overflowWrap: 'anywhere' }}>{text}</span> },
          ]}
        />
      )}
    </section>
  );
}

const CONCLUSION_TAGS = { pass: <Tag color="success">建议通过</Tag>, fail: <Tag color="error">建议不通过</Tag> } as const;

export function OpinionList({ opinions }: { opinions: AcceptanceOpinionView[] }) {
  if (opinions.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无专家意见" />;
  return (
    <ul aria-label="专家意见" className="acceptance-opinions">
      {opinions.map((o) => (
        <li key={o.id}>
          <Text strong>{o.expertName ? `${o.label}：${o.expertName}` : o.label}</Text>{' '}
          {o.declaration === 'conflicted' ? (
            <Tag>声明有利害关系，回避</Tag>
          ) : o.submittedAt && o.conclusion ? (
            CONCLUSION_TAGS[o.conclusion]
          ) : o.declaration === 'none' ? (
            <Tag color="processing">评审中</Tag>
          ) : (
            <Tag>待声明</Tag>
          )}
          {o.comment && <Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{o.comment}</Paragraph>}
        </li>
      ))}
    </ul>
  );
}

/** 第1次评估验收, or 第1次评估验收（第2轮） once an upheld 拟认定公示 objection has given the attempt another revision. */
export function roundTitle(attempt: AcceptanceAttemptView, hasRounds: boolean): string {
  return `第${attempt.attempt}次评估验收${hasRounds ? `（第${attempt.revision}轮）` : ''}`;
}

/** Why a revision after the first exists: the upheld objection's investigation (Art. 7(4)). */
export function ReopenedAlert({ attempt }: { attempt: AcceptanceAttemptView }) {
  return (
    <Alert
      role="note"
      aria-label="重新验收原因"
      type="warning"
      showIcon
      title="拟认定公示异议经核实属实，重新作出验收结论"
      description={
        <>
          <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>核实情况：{attempt.reopenedReason}</div>
          <div>验收材料和指标快照与上一轮相同；本轮结论依据本轮指派专家的意见作出，上一轮的专家意见和结论保留在下方。</div>
        </>
      }
    />
  );
}

export function OutcomeAlert({ attempt, title }: { attempt: AcceptanceAttemptView; title: string }) {
  if (!attempt.outcome) return null;
  return (
    <Alert
      role="status"
      aria-label="验收结论"
      type={attempt.outcome === 'passed' ? 'success' : 'error'}
      showIcon
      title={`${title}：${attempt.statusLabel}`}
      description={`理由：${attempt.outcomeReason ?? ''}${attempt.decidedAt ? `（${formatDateTime(attempt.decidedAt)}）` : ''}`}
    />
  );
}

/** The operator's submission as submitted (or, when the province started without one, what was drafted). */
export function SubmissionDetails({ objectId, attempt }: { objectId: string; attempt: AcceptanceAttemptView }) {
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      items={[
        { key: 'submitted', label: '申请时间', children: attempt.submittedAt ? `${formatDateTime(attempt.submittedAt)}${attempt.submittedByName ? `（${attempt.submittedByName}）` : ''}` : '运营主体未申请验收' },
        { key: 'summary', label: '创建工作总结', children: <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{attempt.summary || '—'}</div> },
        ...attempt.goalReports.map((g) => ({
          key: `goal-${g.goalIndex}`,
          label: `目标${g.goalIndex + 1}（${g.indicatorName}）`,
          children: (
            <div>
              <Text type="secondary">{g.target}</Text>
              <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{g.achieved || '—'}</div>
            </div>
          ),
        })),
        { key: 'evidence', label: '佐证材料', children: <EvidenceList objectId={objectId} evidence={attempt.evidence} /> },
      ]}
    />
  );
}
