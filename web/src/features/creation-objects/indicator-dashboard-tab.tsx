// 指标看板 (F4 item 3; Art. 13): every indicator of the creation object for one window — a year of the creation
// period or the whole of it — against the creation (创建) and certification (认定) standards, computed on the server
// from the stored data. Rows that have data behind them open a drill-down (indicator-drilldowns.tsx).
import { useState } from 'react';
import { Alert, Button, Flex, Grid, Segmented, Skeleton, Table, Tag, Typography } from 'antd';
import type { CreationObjectSummary } from '../../../../src/contracts/creation-objects';
import type { IndicatorDashboardView } from '../../../../src/contracts/indicators';
import type { DashboardRow, StageOutcome } from '../../../../src/domain/creation-data/indicator-dashboard';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import { DRILL_DOWNS, IndicatorDrawer, type DrillDownKind } from './indicator-drilldowns';

const { Text } = Typography;

export function PassTag({ passed }: { passed: boolean | null }) {
  if (passed === null) return <Tag color="blue">专家评审</Tag>;
  return passed ? <Tag color="success">达到</Tag> : <Tag color="error">未达到</Tag>;
}

function windowLabel(index: number, label: string): string {
  return index === 0 ? '整个创建期' : label.replace(/^创建期/, '');
}

export function IndicatorDashboardTab({ object }: { object: CreationObjectSummary }) {
  const [windowIndex, setWindowIndex] = useState(object.currentWindow);
  const [drill, setDrill] = useState<DrillDownKind | null>(null);
  const loaded = useFetch<IndicatorDashboardView>(`/api/creation-objects/${object.id}/indicators?window=${windowIndex}`);
  const isPhone = !Grid.useBreakpoint().md;
  const windows = object.period ? [...object.period.years, object.period.whole] : [];
  const view = loaded.data?.window.index === windowIndex ? loaded.data : undefined;

  return (
    <Flex vertical gap={16}>
      <Segmented
        aria-label="统计区间"
        value={windowIndex}
        onChange={(value) => setWindowIndex(Number(value))}
        options={windows.map((w) => ({ value: w.index, label: windowLabel(w.index, w.label) }))}
      />
      {loaded.error ? (
        <ErrorResult error={loaded.error} onRetry={loaded.reload} />
      ) : !view ? (
        <Skeleton active />
      ) : (
        <>
          <Text type="secondary">
            统计区间：{view.window.startsOn} 至 {view.window.endsOn} · 标准版本 {view.standardVersion} · 由系统根据报送数据计算，定性部分由专家评审
          </Text>
          {view.notes.map((note) => (
            <Alert key={note} type="info" showIcon title={note} />
          ))}
          {isPhone ? <IndicatorCards rows={view.rows} onDrill={setDrill} /> : <IndicatorTable rows={view.rows} onDrill={setDrill} />}
        </>
      )}
      {drill && <IndicatorDrawer object={object} kind={drill} windowIndex={windowIndex} windowLabel={windowLabel(windowIndex, windows.find((w) => w.index === windowIndex)?.label ?? '')} onClose={() => setDrill(null)} />}
    </Flex>
  );
}

interface RowsProps {
  rows: DashboardRow[];
  onDrill: (kind: DrillDownKind) => void;
}

function DrillButton({ code, onDrill }: { code: string; onDrill: (kind: DrillDownKind) => void }) {
  const drill = DRILL_DOWNS.find((d) => d.indicators.includes(code));
  if (!drill) return null;
  return (
    <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onDrill(drill.kind)}>
      {drill.button}
    </Button>
  );
}

function Stage({ outcome }: { outcome: StageOutcome }) {
  return (
    <div>
      <PassTag passed={outcome.passed} />
      <div className="indicator-rule">{outcome.required}</div>
    </div>
  );
}

function Details({ row }: { row: DashboardRow }) {
  return (
    <div>
      <Text type="secondary">创建：{row.creation.reason}</Text>
      <br />
      <Text type="secondary">认定：{row.certification.reason}</Text>
      {row.notes.length > 0 && (
        <ul className="indicator-notes">
          {row.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function IndicatorTable({ rows, onDrill }: RowsProps) {
  return (
    <Table<DashboardRow>
      rowKey="code"
      size="middle"
      dataSource={rows}
      pagination={false}
      expandable={{ expandedRowRender: (row) => <Details row={row} />, columnTitle: '说明' }}
      columns={[
        {
          title: '指标',
          key: 'name',
          width: 220,
          render: (_: unknown, row) => (
            <div>
              <Text strong>{row.name}</Text>
              <div>
                <Text type="secondary" style={{ fontSize: 12 }}>
                  {row.group} · {row.type}
                  {row.isYearly ? ' · 按年度计' : ''}
                </Text>
              </div>
              <DrillButton code={row.code} onDrill={onDrill} />
            </div>
          ),
        },
        { title: '实际值', dataIndex: 'actualText', width: 200, render: (text: string) => <span style={{ overflowWrap: 'anywhere' }}>{text}</span> },
        { title: '创建标准', key: 'creation', render: (_: unknown, row) => <Stage outcome={row.creation} /> },
        { title: '认定标准', key: 'certification', render: (_: unknown, row) => <Stage outcome={row.certification} /> },
      ]}
    />
  );
}

function IndicatorCards({ rows, onDrill }: RowsProps) {
  return (
    <div aria-label="指标列表">
      {rows.map((row) => (
        <div key={row.code} className="indicator-card">
          <Text strong>{row.name}</Text>
          <div>
            <Text type="secondary" style={{ fontSize: 12 }}>
              {row.group} · {row.type}
              {row.isYearly ? ' · 按年度计' : ''}
            </Text>
          </div>
          <div>实际值：{row.actualText}</div>
          <div className="indicator-card-stages">
            <div>
              <Text type="secondary">创建</Text> <PassTag passed={row.creation.passed} />
            </div>
            <div>
              <Text type="secondary">认定</Text> <PassTag passed={row.certification.passed} />
            </div>
          </div>
          <DrillButton code={row.code} onDrill={onDrill} />
          {row.notes.length > 0 && (
            <ul className="indicator-notes">
              {row.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
