// 认定指标达标情况 (F8 item 1, from the F4 data): for each certification indicator, how many creation objects and how
// many certified platforms (bases) meet it now, and how many are left to the experts. In indicator-code order, no
// column sorts (Art. 8: no league tables). A row opens the objects the indicator applies to.
import { Alert, Button, Card, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { IndicatorStandingCount, OversightDashboardView } from '../../../../src/contracts/oversight';
import { CARRIER_LABELS } from '../../../../src/domain/standards/types';
import { drillDownHref, withQuery, type FilterValues } from './oversight-query';

interface ThresholdsCardProps {
  thresholds: OversightDashboardView['thresholds'];
  filters: FilterValues;
}

const ratio = (met: number, total: number) => `${met} / ${total}`;

export function ThresholdsCard({ thresholds, filters }: ThresholdsCardProps) {
  const href = (row: IndicatorStandingCount) => drillDownHref(filters, { indicator: row.code, carrier: row.carrier });
  return (
    <Card
      title="认定指标达标情况"
      className="ov-card"
      extra={
        <Button size="small" icon={<DownloadOutlined />} href={withQuery('/api/oversight/dashboard.xlsx', filters)}>
          导出Excel
        </Button>
      }
    >
      <p className="ov-note">
        创建期对象 {thresholds.creatingObjects} 个，全部指标达标 {thresholds.creatingAllMet} 个；已认定平台（基地）{thresholds.certifiedObjects} 个，全部指标达标 {thresholds.certifiedAllMet} 个。按指标代码排列，不作排名。
      </p>
      {thresholds.pendingCount > 0 && <Alert className="ov-pending" type="info" showIcon title={`有 ${thresholds.pendingCount} 个对象的达标情况正在按新数据重新计算，以下数字暂未包含它们。`} />}
      <Table<IndicatorStandingCount>
        size="small"
        rowKey={(row) => `${row.carrier}-${row.code}`}
        dataSource={thresholds.indicators}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '没有认定指标' }}
        columns={[
          { title: '指标', dataIndex: 'name', render: (name: string, row) => <Link to={href(row)}>{name}</Link> },
          { title: '载体', dataIndex: 'carrier', width: 60, render: (carrier: IndicatorStandingCount['carrier']) => CARRIER_LABELS[carrier] },
          { title: '创建期达标', key: 'creating', width: 100, render: (_: unknown, row) => ratio(row.creatingMet, row.creatingTotal) },
          { title: '已认定达标', key: 'certified', width: 100, render: (_: unknown, row) => ratio(row.certifiedMet, row.certifiedTotal) },
          { title: '专家评审', dataIndex: 'expertJudged', width: 80 },
          { title: '指标代码', dataIndex: 'code', render: (code: string) => <Typography.Text type="secondary">{code}</Typography.Text> },
        ]}
      />
    </Card>
  );
}

