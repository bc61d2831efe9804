// 重大变化 tab of a creation object (F5 item 4; Art. 11): reports, the city's proposals, the province's decisions.
// Cards at every width (a report has too much text for table columns); the operator's form below the list.
import { Card, Descriptions, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { MAX_CHANGE_DOCUMENTS, type ChangeReportList, type ChangeReportView } from '../../../../src/contracts/change-reports';
import { ErrorResult } from '../../components/error-result';
import { formatDateTime } from '../../lib/format-date-time';
import { useFetch } from '../../lib/use-fetch';
import type { CreationObjectTabProps } from '../creation-objects/creation-object-tabs';
import { ChangeOutcomeForm } from './change-outcome-form';
import { ChangeReportForm } from './change-report-form';
import { FileAttachments } from './file-attachments';

function StageTags({ report }: { report: ChangeReportView }) {
  return (
    <Flex gap={4} wrap>
      {report.isOverdue && <Tag color="red">逾期报告</Tag>}
      {report.cityProposal === null && <Tag color="orange">待地市审核</Tag>}
      {report.cityProposal !== null && report.provinceDecision === null && <Tag color="blue">待省级决定</Tag>}
      {report.provinceDecision === 'retain' && <Tag color="green">保留</Tag>}
      {report.provinceDecision === 'revoke' && <Tag color="red">撤销</Tag>}
    </Flex>
  );
}

interface ReportCardProps {
  objectId: string;
  report: ChangeReportView;
  onChanged: () => void;
  children?: React.ReactNode;
}

function ReportCard({ objectId, report, onChanged, children }: ReportCardProps) {
  const items = [
    ...(report.newName ? [{ key: 'names', label: '运营主体名称', children: `${report.formerName ?? ''} → ${report.newName}` }] : []),
    { key: 'occurredOn', label: '变化发生日期', children: report.occurredOn },
    { key: 'dueOn', label: '应报告日期', children: `至${report.dueOn}（含当日）` },
    { key: 'reported', label: '报告日期', children: `${report.reportedOn}${report.reportedByName ? ` · ${report.reportedByName}` : ''}` },
    { key: 'description', label: '变化情况', children: <span style={{ whiteSpace: 'pre-wrap' }}>{report.description}</span> },
    // Art. 11 "报告……及相关材料": the operator adds them until the city proposes; every reader downloads them.
    {
      key: 'documents',
      label: '报告材料',
      children: (
        <FileAttachments
          files={report.documents}
          label="报告材料"
          path={`/api/creation-objects/${objectId}/change-reports/${report.id}/documents`}
          canAdd={report.canAddDocuments}
          maxFiles={MAX_CHANGE_DOCUMENTS}
          onAdded={onChanged}
        />
      ),
    },
    ...(report.cityProposalLabel
      ? [{ key: 'city', label: '地市意见', children: `${report.cityProposalLabel}：${report.cityReason ?? ''}${report.proposedAt ? `（${formatDateTime(report.proposedAt)}）` : ''}` }]
      : []),
    ...(report.provinceDecisionLabel
      ? [{ key: 'province', label: '省级决定', children: `${report.provinceDecisionLabel}：${report.provinceReason ?? ''}${report.decidedAt ? `（${formatDateTime(report.decidedAt)}）` : ''}` }]
      : []),
  ];
  return (
    <Card size="small" aria-label={`${report.kindLabel}报告`}>
      <Flex justify="space-between" align="start" gap={8} wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong>{report.kindLabel}</Typography.Text>
        <StageTags report={report} />
      </Flex>
      <Descriptions size="small" column={1} items={items} />
      {children}
    </Card>
  );
}

export function ChangeReportsTab({ object, onChanged }: CreationObjectTabProps) {
  const loaded = useFetch<ChangeReportList>(`/api/creation-objects/${object.id}/change-reports`);
  if (loaded.error) return <ErrorResult error={loaded.error} onRetry={loaded.reload} />;
  const list = loaded.data;
  if (!list) return <Skeleton active />;
  const done = () => {
    loaded.reload();
    onChanged?.();
  };
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        运营主体发生更名、合并、重组等重大变化或调整的，应在3个月内向地市级中小企业主管部门报告；地市审核后提出保留或撤销意见报省工业和信息化厅决定（《管理办法》第十一条）。
      </Typography.Paragraph>
      {list.items.length === 0 ? (
        <Empty description="暂无重大变化报告" />
      ) : (
        <Flex vertical gap={12} role="list" aria-label="重大变化报告">
          {list.items.map((report) => (
            <div role="listitem" key={report.id}>
              <ReportCard objectId={object.id} report={report} onChanged={loaded.reload}>
                {(report.canPropose || report.canDecide) && (
                  <ChangeOutcomeForm objectId={object.id} objectName={list.name} report={report} lockVersion={list.lockVersion} step={report.canDecide ? 'decision' : 'proposal'} onDone={done} />
                )}
              </ReportCard>
            </div>
          ))}
        </Flex>
      )}
      {list.canReport && <ChangeReportForm objectId={object.id} list={list} onDone={done} />}
    </Flex>
  );
}
