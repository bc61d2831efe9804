// 统计看板 (F8; Art. 3, 13, 15, 16): where the programme stands, for the province (all cities, or one) and for a
// city (its own only — the server forces it). Filters in the URL; every figure opens the objects behind it; every
// list exports to Excel with the same filters; the year's programme report downloads as Word. Bars and rows are in
// lifecycle, division-code, year, step or indicator-code order, never sorted by a count (Art. 8: no league tables).
import { Button, Card, Col, Flex, Row, Skeleton, Statistic, Tooltip, Typography } from 'antd';
import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { OversightDashboardView } from '../../../../src/contracts/oversight';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import { useSession } from '../workspace/session';
import { CountChart, type CountBar } from './count-chart';
import { DashboardFilters } from './dashboard-filters';
import { drillDownHref, readFilters, withQuery, type FilterValues } from './oversight-query';
import { OverdueCard } from './overdue-card';
import { ThresholdsCard } from './thresholds-card';
import './oversight.css';

function chartBars(view: OversightDashboardView, filters: FilterValues) {
  const drill = (extra: Parameters<typeof drillDownHref>[1]) => drillDownHref(filters, extra);
  return {
    byState: view.byState.map((row): CountBar => ({ key: row.state, label: row.label, count: row.count, href: drill({ state: row.state }) })),
    byCity: view.byCity.map((row): CountBar => ({ key: row.cityCode, label: row.cityName, count: row.count, href: drill({ city: row.cityCode }) })),
    byYear: view.byYear.map((row): CountBar => ({ key: String(row.year), label: `${row.year}年度`, count: row.count, href: drill({ year: String(row.year) }) })),
    byCarrier: view.byCarrier.map((row): CountBar => ({
      key: `${row.carrier}-${row.platformKind ?? ''}`,
      label: row.label,
      count: row.count,
      href: drill({ carrier: row.carrier, ...(row.platformKind ? { platformKind: row.platformKind } : {}) }),
    })),
  };
}

export function OversightDashboardPage() {
  const { user } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const isCityOfficer = user.role === 'city';
  const filters = readFilters(params, isCityOfficer);
  const view = useFetch<OversightDashboardView>(withQuery('/api/oversight/dashboard', filters));
  const data = view.data;
  const scopeName = data?.scope.kind === 'city' ? data.scope.cityName : isCityOfficer ? user.cityName : null;
  const reportHref = filters.year ? withQuery('/api/oversight/report.docx', { year: filters.year, city: filters.city }) : undefined;
  const bars = data ? chartBars(data, filters) : null;
  const overdueTotal = data?.overdue.reduce((sum, item) => sum + item.count, 0) ?? 0;

  return (
    <Flex vertical gap={16} className="ov-page">
      <Card
        title={scopeName ? `统计看板 · ${scopeName}` : '统计看板 · 全省'}
        className="ov-card"
      >
        <DashboardFilters filters={filters} years={data?.years ?? []} fixedCityName={isCityOfficer ? (scopeName ?? '本市') : null} />
        <Flex gap={8} wrap className="ov-actions">
          <Button icon={<DownloadOutlined />} href={withQuery('/api/oversight/dashboard.xlsx', filters)}>
            导出Excel
          </Button>
          <Tooltip title={reportHref ? undefined : '请先选择年度'}>
            <Button icon={<FileWordOutlined />} href={reportHref} disabled={!reportHref}>
              年度报告(Word)
            </Button>
          </Tooltip>
        </Flex>
        <Typography.Paragraph type="secondary" className="ov-note">
          {data ? `数据截至 ${data.asOf}。` : ''}图表和列表按生命周期阶段、行政区划代码、年度或指标代码排列，不作排名（《办法》第八条）。点击图形或数字查看对应的平台（基地）。
        </Typography.Paragraph>
      </Card>
      {view.error ? (
        <ErrorResult error={view.error} onRetry={view.reload} />
      ) : !data || !bars ? (
        <Skeleton active />
      ) : (
        <>
          <Row gutter={[12, 12]} className="ov-summary">
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="平台（基地）总数" value={data.total} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="创建期" value={data.thresholds.creatingObjects} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="已认定" value={data.thresholds.certifiedObjects} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="逾期事项" value={overdueTotal} />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card title="按阶段" className="ov-card">
                <CountChart title="按阶段" bars={bars.byState} isHorizontal onOpen={navigate} />
              </Card>
            </Col>
            {!isCityOfficer && (
              <Col xs={24} lg={12}>
                <Card title="按地市" className="ov-card">
                  <CountChart title="按地市" bars={bars.byCity} isHorizontal onOpen={navigate} />
                </Card>
              </Col>
            )}
            <Col xs={24} lg={12}>
              <Card title="按年度" className="ov-card">
                <CountChart title="按年度" bars={bars.byYear} onOpen={navigate} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title="按载体类型" className="ov-card">
                <CountChart title="按载体类型" bars={bars.byCarrier} onOpen={navigate} />
              </Card>
            </Col>
          </Row>
          <FunnelsCard funnels={data.funnels} filters={filters} onOpen={navigate} />
          <ThresholdsCard thresholds={data.thresholds} filters={filters} />
          <OverdueCard counts={data.overdue} filters={filters} />
        </>
      )}
    </Flex>
  );
}

function FunnelsCard({ funnels, filters, onOpen }: { funnels: OversightDashboardView['funnels']; filters: FilterValues; onOpen: (href: string) => void }) {
  return (
    <Card title="各年度批次：申报→地市推荐→拟创建对象→创建对象→认定/退出" className="ov-card">
      {funnels.length === 0 && <Typography.Text type="secondary">没有符合条件的年度创建通知</Typography.Text>}
      <Row gutter={[16, 16]}>
        {funnels.map((funnel) => {
          const bars = funnel.steps.map((step): CountBar => ({ key: step.step, label: step.label, count: step.count, href: drillDownHref({ ...filters, year: String(funnel.year) }, { step: step.step }) }));
          return (
            <Col xs={24} lg={12} key={funnel.callId}>
              <Typography.Title level={5}>{funnel.title}</Typography.Title>
              <CountChart title={`${funnel.year}年度各环节`} bars={bars} onOpen={onOpen} />
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}
