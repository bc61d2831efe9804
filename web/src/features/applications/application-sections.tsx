// The read-only sections of an application: content, plan, facts and evaluation, materials, versions, history.
import { Alert, Card, Descriptions, Grid, List, Table, Timeline, Typography } from 'antd';
import { FileWordOutlined, PaperClipOutlined } from '@ant-design/icons';
import type { ApplicationDetail } from '../../../../src/contracts/applications';
import { MATERIAL_KINDS, MATERIAL_LABELS, SERVICE_LEVEL_LABELS } from '../../../../src/domain/applications/application-content';
import { isRole, ROLE_LABELS } from '../../../../src/domain/shared/roles';
import { findStandardSet } from '../../../../src/domain/standards/standard-sets';
import { PLATFORM_KIND_LABELS } from '../../../../src/domain/standards/types';
import { OutcomeTag } from '../self-assessment/assessment-result';
import { fileHref, formatSize, formatTime } from './application-shared';

const { Paragraph, Text } = Typography;
/** Shares and ratios (0..1 with decimals) as percentages, as the attachments state them. */
export const shownActual = (v: number | string | null) =>
  v === null ? '—' : typeof v === 'number' && !Number.isInteger(v) && v > 0 && v < 1 ? `${Math.round(v * 1000) / 10}%` : String(v);
const dash = (value: string | undefined | null) => (value && value.trim() !== '' ? value : '—');

export function ContentSection({ application }: { application: ApplicationDetail }) {
  const c = application.content;
  const carrier = c.carrier === 'base' ? '基地' : c.carrier === 'platform' ? `平台（${c.platformKind ? PLATFORM_KIND_LABELS[c.platformKind] : '类型未选'}）` : '—';
  return (
    <Card title="平台（基地）信息" size="small" style={{ marginBottom: 16 }}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label="名称">{dash(c.name)}</Descriptions.Item>
        <Descriptions.Item label="载体类型">{carrier}</Descriptions.Item>
        <Descriptions.Item label="服务层级">{c.serviceLevel ? SERVICE_LEVEL_LABELS[c.serviceLevel] : '—'}</Descriptions.Item>
        <Descriptions.Item label="服务区域代码">{dash(c.region)}</Descriptions.Item>
        <Descriptions.Item label="开始运营日期">{dash(c.operatingSince)}</Descriptions.Item>
        <Descriptions.Item label="承担政府委托等公共服务">{c.hasPublicServiceMandate ? '是' : '否'}</Descriptions.Item>
        <Descriptions.Item label="运营主体">{application.organisationName}</Descriptions.Item>
        <Descriptions.Item label="统一社会信用代码">{application.creditCode}</Descriptions.Item>
      </Descriptions>
      <Paragraph className="pre-wrap" style={{ marginTop: 8 }}>
        <Text strong>基本情况：</Text>
        {dash(c.summary)}
      </Paragraph>
    </Card>
  );
}

export function PlanSection({ application }: { application: ApplicationDetail }) {
  const plan = application.content.plan ?? {};
  const indicators = findStandardSet(application.standardVersion)?.indicators ?? [];
  const indicatorName = (code: string) => indicators.find((i) => i.code === code)?.name ?? code;
  return (
    <Card title="创建方案" size="small" style={{ marginBottom: 16 }}>
      <Text strong>创建目标</Text>
      <ul>{(plan.goals ?? []).map((g, i) => <li key={i}>{`${indicatorName(g.indicatorCode)}：${g.target}`}</li>)}</ul>
      <Text strong>创建任务及时间表</Text>
      <ul>{(plan.tasks ?? []).map((t, i) => <li key={i}>{`${t.startsIn} 至 ${t.endsIn}，${t.title}：${t.description}`}</li>)}</ul>
      <Text strong>典型或特色经验做法</Text>
      <ul>{(plan.practices ?? []).map((p, i) => <li key={i}>{`${p.title}：${p.description}`}</li>)}</ul>
      {(plan.modules ?? []).length > 0 && <Paragraph>{`拟完善的功能模块：${(plan.modules ?? []).join('、')}`}</Paragraph>}
      <Paragraph className="pre-wrap">{`保障措施：${dash(plan.support)}`}</Paragraph>
    </Card>
  );
}

export function EvaluationSection({ application }: { application: ApplicationDetail }) {
  const evaluation = application.evaluation;
  const screens = Grid.useBreakpoint();
  return (
    <Card title={`指标核对（创建标准 ${application.standardVersion}）`} size="small" style={{ marginBottom: 16 }}>
      {evaluation && (
        <Alert
          type={evaluation.passed ? 'success' : 'error'}
          showIcon
          style={{ marginBottom: 12 }}
          title={
            evaluation.passed
              ? '可量化指标均达到创建标准，其余由专家评审'
              : `有${evaluation.indicators.filter((i) => i.passed === false).length}项指标未达到创建标准`
          }
        />
      )}
      {evaluation && !screens.md ? (
        <List
          size="small"
          dataSource={evaluation.indicators}
          renderItem={(i) => (
            <List.Item extra={<OutcomeTag passed={i.passed} />}>
              <List.Item.Meta title={i.name} description={`${i.required} 实际：${shownActual(i.actual)}`} />
            </List.Item>
          )}
        />
      ) : evaluation ? (
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          scroll={{ x: 560 }}
          dataSource={evaluation.indicators}
          columns={[
            { key: 'name', title: '指标', dataIndex: 'name' },
            { key: 'required', title: '创建要求', dataIndex: 'required' },
            { key: 'actual', title: '实际', dataIndex: 'actual', render: (v: number | string | null) => shownActual(v) },
            { key: 'passed', title: '结论', dataIndex: 'passed', width: 100, render: (passed: boolean | null) => <OutcomeTag passed={passed} /> },
          ]}
        />
      ) : (
        <Text type="secondary">指标数据尚不完整。</Text>
      )}
    </Card>
  );
}

export function MaterialsSection({ application }: { application: ApplicationDetail }) {
  return (
    <Card title="申报材料" size="small" style={{ marginBottom: 16 }}>
      <List
        size="small"
        dataSource={MATERIAL_KINDS.filter((kind) => application.materials.some((m) => m.kind === kind))}
        locale={{ emptyText: '尚未上传材料' }}
        renderItem={(kind) => (
          <List.Item>
            <div>
              <Text>{MATERIAL_LABELS[kind]}</Text>
              {application.materials
                .filter((m) => m.kind === kind)
                .map((m) => (
                  <div key={m.id}>
                    <a href={fileHref(application.id, m.fileId)} download>
                      <PaperClipOutlined /> {m.originalName}
                    </a>
                    <Text type="secondary"> {formatSize(m.sizeBytes)}</Text>
                  </div>
                ))}
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}

export function VersionsSection({ application }: { application: ApplicationDetail }) {
  return (
    <Card title="提交版本" size="small" style={{ marginBottom: 16 }}>
      <List
        size="small"
        dataSource={application.versions}
        locale={{ emptyText: '尚未提交' }}
        renderItem={(v) => (
          <List.Item>
            <div style={{ minWidth: 0 }}>
              <Text strong>第{v.version}版</Text> <Text type="secondary">{formatTime(v.submittedAt)}提交</Text>
              {v.documentFileId && (
                <div>
                  <a href={fileHref(application.id, v.documentFileId)} download>
                    <FileWordOutlined /> 下载申请表（Word）
                  </a>
                </div>
              )}
              <div className="hash">内容校验码（SHA-256）：{v.contentSha256}</div>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}

export function HistorySection({ application }: { application: ApplicationDetail }) {
  return (
    <Card title="办理记录" size="small" style={{ marginBottom: 16 }}>
      {application.events.length === 0 ? (
        <Text type="secondary">尚无办理记录。</Text>
      ) : (
        <Timeline
          items={application.events.map((e, i) => ({
            key: i,
            children: (
              <>
                <Text strong>{e.eventLabel}</Text>
                <Text type="secondary">
                  {' '}
                  {formatTime(e.occurredAt)} · {isRole(e.actorRole) ? ROLE_LABELS[e.actorRole] : e.actorRole}
                </Text>
                <div>
                  {e.fromStateLabel} → {e.toStateLabel}
                </div>
                {e.reason && <div className="pre-wrap">理由：{e.reason}</div>}
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
