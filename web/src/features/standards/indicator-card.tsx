import { Typography } from 'antd';
import type { StandardsResponse } from '../../../../src/contracts/standards';
import { STAGES, type Indicator, type StageRule } from '../../../../src/domain/standards/types';
import { thresholdCheckText } from './threshold-text';

const { Paragraph, Text } = Typography;

interface IndicatorCardProps {
  indicator: Indicator;
  standards: StandardsResponse;
}

/** One indicator of Attachment 1 or 2: its type, its 指标说明, and the creation and certification rules quoted. */
export function IndicatorCard({ indicator, standards }: IndicatorCardProps) {
  const kinds = indicator.platformKinds;
  // Every platform indicator of the current set applies to both kinds; a later set may narrow one down.
  const isForOneKind = indicator.carrier === 'platform' && kinds.length === 1;
  // Attachment 1 writes one text for 运营保障机制情况 and no stage rules: both stages use it, shown once.
  const isOneRule = JSON.stringify(indicator.creation) === JSON.stringify(indicator.certification);
  const showsDescription = indicator.description !== '' && !(isOneRule && indicator.creation.required === indicator.description);
  return (
    <article className="pp-box standard-indicator" aria-label={indicator.name}>
      <h5 className="pp-box-title">
        {indicator.name} <span className="std-tag">{indicator.type}</span>
        {isForOneKind && <span className="std-tag std-tag-blue">仅{standards.labels.platformKind[kinds[0]!]}</span>}
      </h5>
      <div className="pp-box-body">
        {showsDescription && (
          <Paragraph type="secondary">
            <Text strong type="secondary">
              指标说明：
            </Text>
            {indicator.description}
          </Paragraph>
        )}
        {isOneRule ? (
          <StageRuleBlock label={STAGES.map((stage) => standards.labels.stage[stage]).join('、') + '标准'} rule={indicator.creation} standards={standards} />
        ) : (
          <div className="std-columns">
            {STAGES.map((stage) => (
              <StageRuleBlock key={stage} label={`${standards.labels.stage[stage]}标准`} rule={indicator[stage]} standards={standards} />
            ))}
          </div>
        )}
      </div>
    </article>
  );
}

function StageRuleBlock({ label, rule, standards }: { label: string; rule: StageRule; standards: StandardsResponse }) {
  return (
    <section className="stage-rule" aria-label={label}>
      <Text strong>{label}</Text>
      <blockquote className="rule-quote">{rule.required}</blockquote>
      {rule.thresholds.length > 0 && (
        <ul className="rule-checks" aria-label={`${label}的系统核对项`}>
          {rule.thresholds.map((threshold) => (
            <li key={`${threshold.measure}-${threshold.wording}`}>
              <span className="std-tag std-tag-green">自评核对</span>
              {thresholdCheckText(threshold, standards.comparators)}
            </li>
          ))}
        </ul>
      )}
      {rule.isExpertJudged && (
        <div className="rule-checks">
          <span className="std-tag std-tag-blue">专家评审</span>
          {rule.thresholds.length > 0 ? '其余方面由专家评审并书面说明理由' : '由专家评审并书面说明理由'}
        </div>
      )}
    </section>
  );
}
