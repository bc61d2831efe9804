// 失信与撤销 tab of a creation object (F5 item 5; Art. 12): listings and fraud findings, and what followed. The
// province, while Art. 12 applies to the object's state, also gets the form to record one.
import { Alert, Card, Descriptions, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { MAX_INTEGRITY_EVIDENCE_FILES, type IntegrityFindingList, type IntegrityFindingView } from '../../../../src/contracts/integrity';
import { ErrorResult } from '../../components/error-result';
import { formatDateTime } from '../../lib/format-date-time';
import { useFetch } from '../../lib/use-fetch';
import { FileAttachments } from '../change-reports/file-attachments';
import type { CreationObjectTabProps } from '../creation-objects/creation-object-tabs';
import { IntegrityFindingForm } from './integrity-finding-form';

interface FindingCardProps {
  objectId: string;
  finding: IntegrityFindingView;
  canAddEvidence: boolean;
  onChanged: () => void;
}

function FindingCard({ objectId, finding, canAddEvidence, onChanged }: FindingCardProps) {
  return (
    <Card size="small" aria-label={`${finding.kindLabel}，${finding.decisionLabel}`}>
      <Flex justify="space-between" align="start" gap={8} wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong>{finding.kindLabel}</Typography.Text>
        <Tag color="red">{finding.decisionLabel}</Tag>
      </Flex>
      <Descriptions size="small" column={1} items={[
        { key: 'source', label: '认定依据', children: finding.source },
        { key: 'foundOn', label: '列入或查实日期', children: finding.foundOn },
        { key: 'reason', label: '公布理由', children: <span style={{ whiteSpace: 'pre-wrap' }}>{finding.reason}</span> },
        { key: 'states', label: '状态变化', children: `${finding.fromStateLabel} → ${finding.decisionLabel}` },
        { key: 'recorded', label: '记录', children: `${finding.recordedByName ?? '省工业和信息化厅'} · ${formatDateTime(finding.recordedAt)}` },
        // The evidence is the province's and the auditors' only (null for the operator and its city), never public.
        ...(finding.evidence === null
          ? []
          : [{
              key: 'evidence',
              label: '核查材料',
              children: (
                <FileAttachments
                  files={finding.evidence}
                  label="核查材料"
                  path={`/api/creation-objects/${objectId}/integrity-findings/${finding.id}/evidence`}
                  canAdd={canAddEvidence}
                  maxFiles={MAX_INTEGRITY_EVIDENCE_FILES}
                  onAdded={onChanged}
                />
              ),
            }]),
      ]} />
    </Card>
  );
}

export function IntegrityTab({ object, onChanged }: CreationObjectTabProps) {
  const loaded = useFetch<IntegrityFindingList>(`/api/creation-objects/${object.id}/integrity-findings`);
  if (loaded.error) return <ErrorResult error={loaded.error} onRetry={loaded.reload} />;
  const list = loaded.data;
  if (!list) return <Skeleton active />;
  const ended = list.state === 'creation_cancelled' || list.state === 'revoked';
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        被列入严重失信主体名单或经查实存在数据、资料弄虚作假的，取消创建资格或撤销认定命名，理由向社会公布（《管理办法》第十二条）。
      </Typography.Paragraph>
      {ended && list.items.length > 0 && <Alert type="error" showIcon message={list.stateLabel} description={`理由：${list.items[0]?.reason ?? ''}`} />}
      {list.items.length === 0 ? (
        <Empty description="暂无失信情形记录" />
      ) : (
        <Flex vertical gap={12} role="list" aria-label="失信情形记录">
          {list.items.map((finding) => (
            <div role="listitem" key={finding.id}>
              <FindingCard objectId={object.id} finding={finding} canAddEvidence={list.canAddEvidence} onChanged={loaded.reload} />
            </div>
          ))}
        </Flex>
      )}
      {list.canRecord && <IntegrityFindingForm objectId={object.id} objectName={object.name} list={list} onDone={() => {
            loaded.reload();
            onChanged?.();
          }} />}
    </Flex>
  );
}
