// 进展报告 tab of a creation object (F4 item 5; Art. 13): every half year of the creation period with its status, the
// reports with the city's comments. The operator reports a half year from its last day (due within a month after);
// the city of the object comments once on each report; the province and the auditors read.
import { Alert, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import type { CreationObjectSummary } from '../../../../src/contracts/creation-objects';
import type { HalfYearView, ProgressReportList } from '../../../../src/contracts/progress-reports';
import type { HalfYearStatus } from '../../../../src/domain/creation-data/progress-periods';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import { CityCommentForm } from './city-comment-form';
import { ProgressReportDetails } from './progress-report-details';
import { ProgressReportForm } from './progress-report-form';
import './progress-reports.css';

const { Text } = Typography;

const STATUS_COLORS: Record<HalfYearStatus, string> = { not_due: 'default', open: 'processing', submitted: 'success', overdue: 'error' };

export const progressReportsPath = (objectId: string) => `/api/creation-objects/${objectId}/progress-reports`;

function HalfYearCard({ object, half, list, onChanged }: { object: CreationObjectSummary; half: HalfYearView; list: ProgressReportList; onChanged: () => void }) {
  const isDue = half.status === 'open' || half.status === 'overdue';
  const canSubmit = object.canWrite && object.isCollectingData && isDue;
  return (
    <Card
      size="small"
      className="half-year-card"
      role="region"
      aria-label={half.label}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{half.label}</span>
          <Tag color={STATUS_COLORS[half.status]}>{half.statusLabel}</Tag>
          {half.report?.isLate && <Tag color="warning">逾期提交</Tag>}
          <Text type="secondary" className="half-year-dates">
            {half.startsOn} 至 {half.endsOn}
          </Text>
        </Flex>
      }
    >
      {half.report ? (
        <>
          <ProgressReportDetails report={half.report} />
          {object.canComment && half.report.cityComment === null && <CityCommentForm objectId={object.id} report={half.report} onDone={onChanged} />}
        </>
      ) : canSubmit ? (
        <ProgressReportForm objectId={object.id} half={half} goals={list.goals} onDone={onChanged} />
      ) : (
        <Text type="secondary">
          {half.status === 'not_due' ? `本半年结束后（${half.endsOn}起）可提交，请于${half.dueOn}前提交。` : `应于${half.dueOn}前提交，尚未提交。`}
        </Text>
      )}
    </Card>
  );
}

export function ProgressReportsTab({ object }: { object: CreationObjectSummary }) {
  const list = useFetch<ProgressReportList>(progressReportsPath(object.id));
  if (list.error) return <ErrorResult error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Skeleton active />;
  const { halfYears } = list.data;
  return (
    <Flex vertical gap={16} className="progress-reports">
      <Alert
        type="info"
        showIcon
        title="创建期每半年提交一次进展报告"
        description="每个半年自最后一天起可提交，应在其后1个月内提交；报告包括工作进展情况和创建方案中各项创建目标的进展。地市主管部门对每份报告填写一次意见。"
      />
      {halfYears.length === 0 ? (
        <Empty description="尚无创建期" />
      ) : (
        halfYears.map((half) => <HalfYearCard key={half.index} object={object} half={half} list={list.data as ProgressReportList} onChanged={list.reload} />)
      )}
    </Flex>
  );
}
