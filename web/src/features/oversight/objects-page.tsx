// The objects behind a figure of the dashboard (/workspace/oversight/objects): the dashboard's filters plus the
// stage, the funnel step or the indicator of the bar or row clicked, all in the URL. In division-code then name
// order as the server gives them; no column sorts (Art. 8: no league tables). 导出Excel downloads the same list.
// On a phone the rows are cards (a wide table would scroll sideways inside its card).
import { Button, Card, Empty, Flex, Grid, List, Table, Typography } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router-dom';
import { FUNNEL_STEPS, type OversightObjectRow, type OversightObjectsPage } from '../../../../src/contracts/oversight';
import { STATES, STATE_INFO } from '../../../../src/domain/lifecycle/states';
import { FUNNEL_STEP_LABELS } from '../../../../src/domain/oversight/oversight-rules';
import { CARRIER_LABELS, PLATFORM_KIND_LABELS } from '../../../../src/domain/standards/types';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import { StateTag } from '../applications/application-shared';
import { useSession } from '../workspace/session';
import { filtersText } from './dashboard-filters';
import { readFilters, withQuery } from './oversight-query';

const PAGE_SIZE = 20;

function readDrill(params: URLSearchParams) {
  const state = params.get('state') ?? undefined;
  const step = params.get('step') ?? undefined;
  const indicator = params.get('indicator') ?? undefined;
  return {
    state: state && (STATES as readonly string[]).includes(state) ? state : undefined,
    step: step && (FUNNEL_STEPS as readonly string[]).includes(step) ? step : undefined,
    indicator: indicator && /^[A-Za-z0-9_.-]{1,64}$/.test(indicator) ? indicator : undefined,
  };
}

function drillText(drill: ReturnType<typeof readDrill>): string | null {
  if (drill.state) return `阶段：${STATE_INFO[drill.state as keyof typeof STATE_INFO].label}`;
  if (drill.step) return `环节：${FUNNEL_STEP_LABELS[drill.step as keyof typeof FUNNEL_STEP_LABELS]}`;
  if (drill.indicator) return `指标：${drill.indicator}`;
  return null;
}

const metText = (row: OversightObjectRow) => (row.isCertificationMet === null ? '—' : row.isCertificationMet ? '全部达标' : '未全部达标');
const carrierText = (row: OversightObjectRow) => (row.platformKind ? PLATFORM_KIND_LABELS[row.platformKind] : CARRIER_LABELS[row.carrier]);

/** One object as a card on a phone: the name (a link), the stage, then the table's other columns as lines. */
function ObjectCard({ row }: { row: OversightObjectRow }) {
  return (
    <List.Item>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex justify="space-between" align="start" gap={8}>
          <Link to={`/workspace/applications/${row.applicationId}`}>{row.name}</Link>
          <StateTag state={row.state} label={row.stateLabel} />
        </Flex>
        <Typography.Text type="secondary">
          {row.cityName} · {carrierText(row)} · {row.callYear}年度
        </Typography.Text>
        <Typography.Text>运营主体：{row.organisationName}</Typography.Text>
        <Typography.Text>申报编号：{row.applicationNumber ?? '—'}</Typography.Text>
        {row.certificateNumber && <Typography.Text>证书编号：{row.certificateNumber}</Typography.Text>}
        <Typography.Text>认定指标：{metText(row)}</Typography.Text>
      </Flex>
    </List.Item>
  );
}

export function OversightObjectsPage() {
  const { user } = useSession();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const isCityOfficer = user.role === 'city';
  const filters = readFilters(params, isCityOfficer);
  const drill = readDrill(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useFetch<OversightObjectsPage>(withQuery('/api/oversight/objects', { ...filters, ...drill, page, pageSize: PAGE_SIZE }));
  const goTo = (next: number) => {
    const query = new URLSearchParams(params);
    query.set('page', String(next));
    setParams(query);
  };
  const heading = [filtersText(filters, isCityOfficer ? user.cityName : null), drillText(drill)].filter(Boolean).join(' · ');
  return (
    <Card
      title="统计对象清单"
      className="ov-card"
      extra={
        <Button icon={<DownloadOutlined />} href={withQuery('/api/oversight/objects.xlsx', { ...filters, ...drill })}>
          导出Excel
        </Button>
      }
    >
      <Flex vertical gap={8} style={{ marginBottom: 12 }}>
        <Link to={withQuery('/workspace/oversight', filters)}>
          <ArrowLeftOutlined /> 返回统计看板
        </Link>
        <Typography.Text strong>{heading}</Typography.Text>
        <Typography.Text type="secondary">按行政区划代码和名称排列，不作排名（《办法》第八条）。</Typography.Text>
      </Flex>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : screens.md === false ? (
        <List<OversightObjectRow>
          aria-label="统计对象列表"
          loading={list.loading}
          dataSource={list.data?.rows ?? []}
          rowKey="applicationId"
          locale={{ emptyText: <Empty description="没有符合条件的平台（基地）" /> }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, showSizeChanger: false, hideOnSinglePage: true, onChange: goTo, simple: true, showTotal: (n) => `共 ${n} 个` }}
          renderItem={(row) => <ObjectCard row={row} />}
        />
      ) : (
        <Table<OversightObjectRow>
          size="middle"
          rowKey="applicationId"
          loading={list.loading}
          dataSource={list.data?.rows ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: '没有符合条件的平台（基地）' }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, showSizeChanger: false, hideOnSinglePage: true, onChange: goTo, showTotal: (n) => `共 ${n} 个` }}
          columns={[
            { title: '名称', dataIndex: 'name', render: (name: string, row) => <Link to={`/workspace/applications/${row.applicationId}`}>{name}</Link> },
            { title: '申报编号', dataIndex: 'applicationNumber', render: (n: string | null) => n ?? '—' },
            { title: '运营主体', dataIndex: 'organisationName' },
            { title: '地市', dataIndex: 'cityName', width: 80 },
            { title: '类型', key: 'carrier', width: 110, render: (_: unknown, row) => carrierText(row) },
            { title: '年度', dataIndex: 'callYear', width: 70 },
            { title: '阶段', dataIndex: 'state', render: (_: string, row) => <StateTag state={row.state} label={row.stateLabel} /> },
            { title: '证书编号', dataIndex: 'certificateNumber', render: (n: string | null) => n ?? '—' },
            { title: '认定指标', key: 'met', width: 100, render: (_: unknown, row) => metText(row) },
          ]}
        />
      )}
    </Card>
  );
}
