// 自评结果: the verdict per indicator, a plain table on wide screens and one card per indicator on phones. No antd
// Card/Table: the public page loads at most 250 KB of JavaScript (F6 item 5).
import type { ReactNode } from 'react';
import { Alert, Button, Grid, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { SelfAssessmentResponse } from '../../../../src/contracts/self-assessment';
import type { StandardsResponse } from '../../../../src/contracts/standards';
import type { Stage } from '../../../../src/domain/standards/types';
import { OUTCOME_LABEL, actualText, countOutcomes, headline, outcomeOf, type IndicatorOutcome } from './result-text';

const { Paragraph, Text } = Typography;
const TAG_COLOR = { met: 'success', failed: 'error', expert: 'processing' } as const;

export interface AssessedSubject {
  /** e.g. 综合服务平台 · 韶关市 · 创建标准 */
  description: string;
  stage: Stage;
  /** When the answer came, for the printed copy. */
  assessedAt: string;
}

interface AssessmentResultProps {
  result: SelfAssessmentResponse;
  subject: AssessedSubject;
  standards: StandardsResponse;
  /** The form changed after this answer: it no longer matches what is entered. */
  isStale: boolean;
}

export function OutcomeTag({ passed }: { passed: boolean | null }) {
  const outcome = outcomeOf(passed);
  return (
    <Tag color={TAG_COLOR[outcome]} className={`outcome outcome-${outcome}`} style={{ marginInlineEnd: 0 }}>
      {OUTCOME_LABEL[outcome]}
    </Tag>
  );
}

export function AssessmentResult({ result, subject, standards, isStale }: AssessmentResultProps) {
  const screens = Grid.useBreakpoint();
  const counts = countOutcomes(result);
  const actual = (row: IndicatorOutcome) => actualText(row, standards.indicators.find((i) => i.code === row.code), subject.stage);

  return (
    <section className="pp-box sa-result" aria-labelledby="sa-result-title">
      <div className="pp-box-title" style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
        <h3 id="sa-result-title" style={{ margin: 0, fontSize: 'inherit' }}>
          自评结果
        </h3>
        <Button className="no-print" icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印
        </Button>
      </div>
      <div className="pp-box-body">
        {isStale && <Alert className="no-print" type="warning" showIcon style={{ marginBottom: 12 }} title="填报内容已修改，以下结果对应修改前的数据，请重新自评。" />}
        <Alert
          type={counts.failed === 0 ? 'success' : 'error'}
          showIcon
          role="status"
          title={<span className="sa-headline">{headline(counts)}</span>}
          description={`共${result.indicators.length}项指标：达标${counts.met}项，未达标${counts.failed}项，由专家评审${counts.expert}项。`}
        />
        <Paragraph type="secondary" style={{ margin: '12px 0' }}>
          自评对象：{subject.description} · 标准版本 {result.standardVersion} · {subject.assessedAt}
        </Paragraph>
        {screens.md ? <ResultTable rows={result.indicators} actual={actual} /> : <ResultCards rows={result.indicators} actual={actual} />}
        <Alert
          type="info"
          style={{ marginTop: 16 }}
          title="本结果仅供申报单位对照标准自查，不是审核、评审或认定结论"
          description="“专家评审”项由评审专家书面说明理由。系统不保存您填写的数据，自评结果不公开、不排名（《创建管理办法》第八条）。"
        />
      </div>
    </section>
  );
}

interface RowsProps {
  rows: IndicatorOutcome[];
  actual: (row: IndicatorOutcome) => string;
}

function ResultTable({ rows, actual }: RowsProps) {
  return (
    <table className="pp-table sa-table" aria-label="各项指标自评结果">
      <thead>
        <tr>
          <th scope="col" style={{ width: 150 }}>指标</th>
          <th scope="col" style={{ width: 260 }}>标准要求（附件原文）</th>
          <th scope="col" style={{ width: 150 }}>填报情况</th>
          <th scope="col" style={{ width: 90 }}>结论</th>
          <th scope="col">说明</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code} data-indicator={row.name}>
            <td>
              <Text strong>{row.name}</Text>
              <div>
                <Text type="secondary">{row.type}</Text>
              </div>
            </td>
            <td>{row.required}</td>
            <td>{actual(row)}</td>
            <td>
              <OutcomeTag passed={row.passed} />
            </td>
            <td>{row.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The phone form of the table: one card per indicator, nothing wider than the screen. */
function ResultCards({ rows, actual }: RowsProps) {
  return (
    <div role="list" aria-label="各项指标自评结果" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      {rows.map((row) => (
        <div key={row.code} role="listitem" className="sa-result-item" data-indicator={row.name}>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 8 }}>
            <Text strong>
              {row.name} <Text type="secondary">{row.type}</Text>
            </Text>
            <OutcomeTag passed={row.passed} />
          </div>
          <Line label="标准要求">{row.required}</Line>
          <Line label="填报情况">{actual(row)}</Line>
          <Line label="说明">{row.reason}</Line>
        </div>
      ))}
    </div>
  );
}

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="sa-line">
      <Text type="secondary">{label}：</Text>
      {children}
    </div>
  );
}
