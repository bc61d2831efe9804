// 创建及认定标准 (/standards): Attachments 1–3 rendered entirely from GET /api/v1/standards, so the page always shows
// the version the self-assessment uses, word for word (DESIGN §4). Plain boxes, tags and tabs instead of antd Card, Tag
// and Tabs: a phone loads at most 250 KB of JavaScript (F6 item 5).
import { Alert, Space, Typography } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { StandardsResponse } from '../../../../src/contracts/standards';
import type { Carrier, Indicator } from '../../../../src/domain/standards/types';
import { ErrorResult } from '../../components/error-result';
import { LinkButton } from '../../components/link-button';
import { PageLoading } from '../../components/page-loading';
import { PlainTabs } from '../../components/plain-tabs';
import { PublicLayout } from '../../components/public-layout';
import { useFetch } from '../../lib/use-fetch';
import { IndicatorCard } from './indicator-card';
import { BaseExplanations, ComparatorLegend, GroupHeading, PlanCriteria, PlatformBasis } from './standards-sections';
import '../../components/public-pages.css';
import './standards.css';

const { Title, Paragraph, Text } = Typography;
const TAB_KEYS = ['platform', 'base', 'plan'] as const;
type TabKey = (typeof TAB_KEYS)[number];
const isTabKey = (value: string): value is TabKey => TAB_KEYS.some((key) => key === value);

export function StandardsPage() {
  const standards = useFetch<StandardsResponse>('/api/v1/standards');
  const { hash } = useLocation();
  const navigate = useNavigate();
  const fromHash = hash.slice(1);
  const activeKey: TabKey = isTabKey(fromHash) ? fromHash : 'platform';

  return (
    <PublicLayout>
      <Title level={2} style={{ marginTop: 0 }}>
        创建及认定标准
      </Title>
      {standards.error ? (
        <ErrorResult error={standards.error} onRetry={standards.reload} />
      ) : !standards.data ? (
        <PageLoading />
      ) : (
        <>
          <StandardsIntro standards={standards.data} />
          <ComparatorLegend standards={standards.data} />
          <PlainTabs
            label="创建及认定标准附件"
            activeKey={activeKey}
            // The tab is in the address (#platform, #base, #plan), so a link can open one directly.
            onChange={(key) => navigate({ hash: key }, { replace: true })}
            items={[
              {
                key: 'platform',
                label: `${standards.data.labels.carrier.platform}类`,
                children: (
                  <>
                    <AttachmentNote attachment="附件1" subject="平台类创建及认定标准" />
                    <PlatformBasis standards={standards.data} />
                    <IndicatorGroups standards={standards.data} carrier="platform" />
                  </>
                ),
              },
              {
                key: 'base',
                label: `${standards.data.labels.carrier.base}类`,
                children: (
                  <>
                    <AttachmentNote attachment="附件2" subject="基地类创建及认定标准" />
                    <IndicatorGroups standards={standards.data} carrier="base" />
                    <BaseExplanations standards={standards.data} />
                  </>
                ),
              },
              {
                key: 'plan',
                label: '创建方案',
                children: (
                  <>
                    <AttachmentNote attachment="附件3" subject="创建方案评价要点" />
                    <PlanCriteria standards={standards.data} />
                  </>
                ),
              },
            ]}
          />
          <Alert type="warning" showIcon style={{ marginTop: 24 }} title={standards.data.adjustmentNote} />
        </>
      )}
    </PublicLayout>
  );
}

/** The tabs carry short names so that all three fit a 375 px phone; the panel names its attachment. */
function AttachmentNote({ attachment, subject }: { attachment: string; subject: string }) {
  return (
    <Title level={3} style={{ fontSize: 18, marginTop: 0 }}>
      {attachment} {subject}
    </Title>
  );
}

function StandardsIntro({ standards }: { standards: StandardsResponse }) {
  return (
    <div className="hero">
      <Paragraph style={{ marginBottom: 8 }}>
        <Text strong>{standards.title}</Text>
      </Paragraph>
      <Paragraph type="secondary">
        出处：{standards.source}。标准版本 <span className="std-tag">{standards.version}</span>
        以下“创建标准”适用于申报创建，“认定标准”适用于创建期满后的验收认定；引号内为附件原文。
      </Paragraph>
      <Space wrap>
        <LinkButton type="primary" to="/self-assessment">
          对照标准自评
        </LinkButton>
        <Link to="/measures">阅读《创建管理办法》全文</Link>
      </Space>
    </div>
  );
}

/** The indicators of one carrier in attachment order, under their 一级指标. */
function IndicatorGroups({ standards, carrier }: { standards: StandardsResponse; carrier: Carrier }) {
  const groups: { group: string; indicators: Indicator[] }[] = [];
  for (const indicator of standards.indicators.filter((i) => i.carrier === carrier)) {
    const last = groups.at(-1);
    if (last?.group === indicator.group) last.indicators.push(indicator);
    else groups.push({ group: indicator.group, indicators: [indicator] });
  }
  return (
    <>
      {groups.map(({ group, indicators }) => (
        <section key={group} aria-label={group} className="indicator-section">
          <GroupHeading group={group} />
          {indicators.map((indicator) => (
            <IndicatorCard key={indicator.code} indicator={indicator} standards={standards} />
          ))}
        </section>
      ))}
      <div className="pp-box">
        <div className="pp-box-body">
          <Text type="secondary">
            “自评核对”为系统可按填报数据核对的部分，可在<Link to="/self-assessment">达标自评</Link>中试算；“专家评审”部分由评审专家书面说明理由。
          </Text>
        </div>
      </div>
    </>
  );
}
