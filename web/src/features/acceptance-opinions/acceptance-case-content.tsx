import { Card, Descriptions, Grid, List, Table, Typography } from 'antd';
import { FileOutlined } from '@ant-design/icons';
import type { MyAcceptanceReviewView } from '../../../../src/contracts/acceptance-opinions';
import type { DashboardRow } from '../../../../src/domain/creation-data/indicator-dashboard';
import { PassTag } from '../creation-objects/indicator-dashboard-tab';

const { Paragraph, Text, Title } = Typography;

/** The case as the province froze it (ADR 0015): summary, goals and reports, evidence and the indicator snapshot. */
export function AcceptanceCaseContent({ view }: { view: MyAcceptanceReviewView & { case: NonNullable<MyAcceptanceReviewView['case']> } }) {
  const { case: c } = view;
  const isPhone = !Grid.useBreakpoint().md;
  const rows = c.snapshot.dashboard.rows;
  return (
    <Card title="验收材料" style={{ marginBottom: 16 }}>
      <Descriptions column={1} bordered size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label="平台（基地）名称">{view.platformName}</Descriptions.Item>
        <Descriptions.Item label="运营主体">{`${view.organisationName}（${view.cityName}）`}</Descriptions.Item>
        <Descriptions.Item label="验收批次">{`第${view.attempt}次评估验收`}</Descriptions.Item>
        <Descriptions.Item label="统计区间">{`${c.snapshot.window.startsOn} 至 ${c.snapshot.window.endsOn}`}</Descriptions.Item>
      </Descriptions>
      <Title level={5}>创建工作总结</Title>
      <Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.summary || '运营主体未提交创建工作总结'}</Paragraph>
      <Title level={5}>创建目标完成情况</Title>
      <List
        size="small"
        dataSource={c.goals}
        locale={{ emptyText: '创建方案未列明创建目标' }}
        renderItem={(goal) => (
          <List.Item>
            <div style={{ width: '100%' }}>
              <Text strong>{`${goal.goalIndex + 1}. ${goal.target}`}</Text>
              <Text type="secondary">{`（${goal.indicatorName}）`}</Text>
              <Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{goal.achieved || '未填写完成情况'}</Paragraph>
            </div>
          </List.Item>
        )}
      />
      <Title level={5}>佐证材料</Title>
      <List
        size="small"
        dataSource={c.evidence}
        locale={{ emptyText: '无佐证材料' }}
        renderItem={(file) => (
          <List.Item style={{ overflowWrap: 'anywhere' }}>
            <a href={`/api/my-acceptance-reviews/${view.id}/evidence/${file.fileId}`} download>
              <FileOutlined /> {file.name}
            </a>
          </List.Item>
        )}
      />
      <Title level={5}>指标测算结果（对照认定标准）</Title>
      <Paragraph type="secondary">
        {`${c.snapshot.takenOn}启动验收时按整个创建期测算并固定，标准版本 ${c.snapshot.standardVersion}，此后不再重算。“专家评审”的指标请在下方逐项评判。`}
      </Paragraph>
      {isPhone ? (
        <List
          aria-label="指标测算结果"
          dataSource={rows}
          renderItem={(row) => (
            <List.Item>
              <div style={{ width: '100%' }}>
                <Text strong>{row.name}</Text> <PassTag passed={row.certification.passed} />
                <div>
                  <Text type="secondary">实际：{row.actualText}</Text>
                </div>
                <div style={{ fontSize: 13 }}>{row.certification.reason}</div>
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Table<DashboardRow>
          aria-label="指标测算结果"
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: '指标', key: 'name', width: 180, render: (_: unknown, row) => <Text strong>{row.name}</Text> },
            { title: '实际', dataIndex: 'actualText', width: 200 },
            { title: '认定', key: 'passed', width: 100, render: (_: unknown, row) => <PassTag passed={row.certification.passed} /> },
            { title: '说明', key: 'reason', render: (_: unknown, row) => <span style={{ fontSize: 13 }}>{row.certification.reason}</span> },
          ]}
        />
      )}
    </Card>
  );
}
