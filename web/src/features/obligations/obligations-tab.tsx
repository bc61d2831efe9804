// 义务履行 tab of a creation object (F5 item 6; Art. 14 (二)(四)): the counts of the records that stand, every record
// (withdrawn ones struck with their reason), and for the operator the form, evidence uploads and 作废. The object's
// city, the province and the auditors read; every re-review shows the records of its window (ADR 0016).
import { Card, Col, Flex, Row, Skeleton, Statistic, Typography } from 'antd';
import type { ObligationRecordsView } from '../../../../src/contracts/obligations';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import type { CreationObjectTabProps } from '../creation-objects/creation-object-tabs';
import { ObligationForm } from './obligation-form';
import { ObligationRecordList } from './obligation-record-list';
import { obligationsPath } from './obligations-api';
import './obligations.css';

export function ObligationsTab({ object }: CreationObjectTabProps) {
  const loaded = useFetch<ObligationRecordsView>(obligationsPath(object.id));
  if (loaded.error) return <ErrorResult error={loaded.error} onRetry={loaded.reload} />;
  const view = loaded.data;
  if (!view) return <Skeleton active />;
  const voided = view.records.filter((r) => r.isVoided).length;
  return (
    <Flex vertical gap={16} className="obligations">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        省级示范平台（基地）应积极参与政府部门组织的中小企业服务活动，主动开展资源共享、技术指导、教育培训等活动，分享先进经验和发展模式（《管理办法》第十四条）。每项活动在此记录，复核时按复核期间统计。
      </Typography.Paragraph>
      <Row gutter={[12, 12]} className="obligation-counts" role="group" aria-label="义务履行统计">
        <Col xs={12} md={8}>
          <Card size="small">
            <Statistic title="参与政府部门组织的服务活动" value={view.counts.governmentActivities} suffix="项" />
          </Card>
        </Col>
        <Col xs={12} md={8}>
          <Card size="small">
            <Statistic title="资源共享、技术指导、教育培训等活动" value={view.counts.sharingActivities} suffix="项" />
          </Card>
        </Col>
      </Row>
      {voided > 0 && (
        <Typography.Text type="secondary">
          另有{voided}条记录已作废，列出但不计入统计。
        </Typography.Text>
      )}
      <ObligationRecordList objectId={object.id} records={view.records} canRecord={view.canRecord} onChanged={loaded.reload} />
      {view.canRecord && <ObligationForm objectId={object.id} periodStartsOn={object.period?.startsOn ?? null} onDone={loaded.reload} />}
    </Flex>
  );
}
