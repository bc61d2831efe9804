// One submitted half-year report as everyone who may see it reads it: the narrative, each plan goal with its
// progress, and the city's comment (or that it is still awaited).
import { Descriptions, Typography } from 'antd';
import type { ProgressReportView } from '../../../../src/contracts/progress-reports';
import { formatDateTime } from '../../lib/format-date-time';

const { Paragraph, Text, Title } = Typography;

export function ProgressReportDetails({ report }: { report: ProgressReportView }) {
  return (
    <div className="progress-report">
      <Text type="secondary">
        {report.submittedByName ?? '运营主体'} 于 {formatDateTime(report.submittedAt)} 提交
      </Text>
      <Title level={5}>工作进展情况</Title>
      <Paragraph className="progress-narrative">{report.narrative}</Paragraph>
      <Title level={5}>创建目标进展</Title>
      <Descriptions size="small" column={1} bordered>
        {report.goalProgress.map((goal, i) => (
          <Descriptions.Item key={`${goal.indicatorCode}-${i}`} label={`${goal.indicatorName}：${goal.target}`}>
            {goal.progress}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Title level={5}>地市意见</Title>
      {report.cityComment === null ? (
        <Text type="secondary">地市主管部门尚未填写意见。</Text>
      ) : (
        <div role="note" aria-label="地市意见">
          <Paragraph className="progress-narrative">{report.cityComment}</Paragraph>
          <Text type="secondary">
            {report.cityCommentedByName ?? '地市主管部门'} 于 {report.cityCommentedAt ? formatDateTime(report.cityCommentedAt) : ''} 填写
          </Text>
        </div>
      )}
    </div>
  );
}
