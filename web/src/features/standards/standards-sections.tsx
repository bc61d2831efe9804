import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
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
    <Card size="small" title="数量用语的含义" style={{ marginBottom: 16 }}>
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
    </Card>
  );
}

/** Attachment 1 服务功能情况 lists the service contents of each platform kind; the satisfaction survey scale. */
export function PlatformBasis({ standards }: SectionProps) {
  return (
    <Card size="small" title="平台类计算口径" style={{ marginBottom: 16 }}>
      <Row gutter={[16, 12]}>
        {PLATFORM_KINDS.map((kind) => (
          <Col xs={24} md={12} key={kind}>
            <Text strong>{standards.labels.platformKind[kind]}的服务内容</Text>
            <Flex wrap gap={6} style={{ marginTop: 8 }} role="list" aria-label={`${standards.labels.platformKind[kind]}的服务内容`}>
              {standards.serviceItems[kind].map((item) => (
                <Tag key={item} role="listitem" style={{ marginInlineEnd: 0 }}>
                  {item}
                </Tag>
              ))}
            </Flex>
          </Col>
        ))}
      </Row>
      <Paragraph style={{ margin: '12px 0 0' }}>
        服务满意度按五级答卷统计（{standards.satisfactionScale.join('、')}），回答“{standards.satisfiedAnswers.join('”或“')}”的计为满意。
      </Paragraph>
    </Card>
  );
}

/** Attachment 2 指标解释说明, with formula 2 built from the category weights. */
export function BaseExplanations({ standards }: SectionProps) {
  const share = standards.indicators.find((i) => i.carrier === 'base' && i.creation.thresholds.some((t) => t.measure === 'qualityEnterpriseShare'));
  return (
    <>
      <Card size="small" title="优质企业占比的计算" style={{ marginBottom: 16 }}>
        <Paragraph className="formula" style={{ marginBottom: 8 }}>
          优质企业占比 = {qualityFormula(standards.qualityCategories)}
        </Paragraph>
        <Flex wrap gap={6} role="list" aria-label="优质企业类别及权重">
          {standards.qualityCategories.map((c) => (
            <Tag key={c.key} role="listitem" style={{ marginInlineEnd: 0 }}>
              {c.label} ×{c.weight}
            </Tag>
          ))}
        </Flex>
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
      </Card>
      <Card size="small" title="指标解释说明" style={{ marginBottom: 16 }}>
        <ol className="quoted-list" aria-label="基地类指标解释说明">
          {standards.baseExplanations.map((text) => (
            // The attachment numbers each note itself ("1.…"); the list shows them as written.
            <li key={text}>{text}</li>
          ))}
        </ol>
      </Card>
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
      <Row gutter={[16, 16]}>
        {standards.planCriteria.map((criterion, index) => (
          <Col xs={24} md={12} key={criterion.code}>
            <Card size="small" role="article" aria-label={criterion.name} title={`${index + 1}. ${criterion.name}`} style={{ height: '100%' }}>
              <Paragraph style={{ marginBottom: 0 }}>{criterion.guidance}</Paragraph>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}

export function GroupHeading({ group }: { group: string }) {
  return (
    <Title level={4} className="indicator-group">
      {group}
    </Title>
  );
}
