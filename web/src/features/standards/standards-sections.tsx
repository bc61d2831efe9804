import { Typography } from 'antd';
import { useId, type ReactNode } from 'react';
import type { StandardsResponse } from '../../../../src/contracts/standards';
import { PLATFORM_KINDS, STAGES } from '../../../../src/domain/standards/types';
import { comparatorGroups, firstCompareThreshold, qualityFormula, symbolOf, valueText } from './threshold-text';

const { Paragraph, Text, Title } = Typography;

interface SectionProps {
  standards: StandardsResponse;
}

/** DESIGN §4: the legal word decides the comparison — 以上 includes the number itself, 超过 does not. */
export function ComparatorLegend({ standards }: SectionProps) {
  return (
    <Box title="数量用语的含义" level={3}>
      <ul className="plain-list" aria-label="数量用语的含义">
        {comparatorGroups(standards).map((group) => (
          <li key={group.symbol}>
            <Text strong>{group.words.map((w) => `“${w}”`).join('、')}</Text>：{group.symbol}，{group.isInclusive ? '含本数' : '不含本数'}
            {group.example && (
              <Text type="secondary">
                。例：“{group.example.wording}”，恰好{valueText(group.example.value, group.example)}
                {group.isInclusive ? '即达到' : '不达到'}
              </Text>
            )}
          </li>
        ))}
      </ul>
    </Box>
  );
}

/** Attachment 1 服务功能情况 lists the service contents of each platform kind; the satisfaction survey scale. */
export function PlatformBasis({ standards }: SectionProps) {
  return (
    <Box title="平台类计算口径">
      <div className="std-columns">
        {PLATFORM_KINDS.map((kind) => (
          <div key={kind}>
            <Text strong>{standards.labels.platformKind[kind]}的服务内容</Text>
            <ul className="std-tag-list" aria-label={`${standards.labels.platformKind[kind]}的服务内容`}>
              {standards.serviceItems[kind].map((item) => (
                <li key={item} className="std-tag">
                  {item}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <Paragraph style={{ margin: '12px 0 0' }}>
        服务满意度按五级答卷统计（{standards.satisfactionScale.join('、')}），回答“{standards.satisfiedAnswers.join('”或“')}”的计为满意。
      </Paragraph>
    </Box>
  );
}

/** Attachment 2 指标解释说明, with formula 2 built from the category weights. */
export function BaseExplanations({ standards }: SectionProps) {
  const share = standards.indicators.find((i) => i.carrier === 'base' && i.creation.thresholds.some((t) => t.measure === 'qualityEnterpriseShare'));
  return (
    <>
      <Box title="优质企业占比的计算">
        <Paragraph className="formula" style={{ marginBottom: 8 }}>
          优质企业占比 = {qualityFormula(standards.qualityCategories)}
        </Paragraph>
        <ul className="std-tag-list" aria-label="优质企业类别及权重">
          {standards.qualityCategories.map((c) => (
            <li key={c.key} className="std-tag">
              {c.label} ×{c.weight}
            </li>
          ))}
        </ul>
        {share && (
          <Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            各类优质企业不重复计算，每家企业按其最高类别计一次。
            {STAGES.flatMap((stage) => {
              const threshold = firstCompareThreshold(share, stage);
              return threshold ? [`${standards.labels.stage[stage]}须 ${symbolOf(threshold.word, standards.comparators)} ${valueText(threshold.value, threshold)}`] : [];
            }).join('；')}
            。
          </Paragraph>
        )}
      </Box>
      <Box title="指标解释说明">
        <ol className="quoted-list" aria-label="基地类指标解释说明">
          {standards.baseExplanations.map((text) => (
            // The attachment numbers each note itself ("1.…"); the list shows them as written.
            <li key={text}>{text}</li>
          ))}
        </ol>
      </Box>
    </>
  );
}

/** Attachment 3: the six criteria experts score a creation plan on; each call sets the weights and the scale. */
export function PlanCriteria({ standards }: SectionProps) {
  return (
    <>
      <Paragraph>
        创建方案由专家评审。以下为附件3列出的六项评价要点；各项权重和评分标准以当年创建工作通知为准。不要求制作演示文稿（PPT）或拍摄视频。
      </Paragraph>
      <div className="std-columns std-criteria">
        {standards.planCriteria.map((criterion, index) => (
          <article key={criterion.code} className="pp-box" aria-label={criterion.name}>
            <h4 className="pp-box-title">{`${index + 1}. ${criterion.name}`}</h4>
            <Paragraph className="pp-box-body" style={{ marginBottom: 0 }}>
              {criterion.guidance}
            </Paragraph>
          </article>
        ))}
      </div>
    </>
  );
}

/** A titled box (public-pages.css), in place of antd Card; its title names the region. */
function Box({ title, level = 4, children }: { title: string; level?: 3 | 4; children: ReactNode }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const id = useId();
  return (
    <section className="pp-box" aria-labelledby={id}>
      <Heading className="pp-box-title" id={id}>
        {title}
      </Heading>
      <div className="pp-box-body">{children}</div>
    </section>
  );
}

export function GroupHeading({ group }: { group: string }) {
  return (
    <Title level={4} className="indicator-group">
      {group}
    </Title>
  );
}
