// Art. 5 eligibility to apply: "运营3年以上，未被列入严重失信主体名单" (五(一)1); the operator is a government body,
// a state-owned enterprise or institution, or an SME public service organisation, branches excluded (Art. 2).
import { AppError } from '../shared/app-error';
import { isOperatorKind } from '../shared/operator-kinds';
import { addCalendarYears } from '../calendar/day-arithmetic';
import { isPlainDate, type PlainDate } from '../shared/plain-date';

export const MIN_OPERATING_YEARS = 3;

export interface EligibilityFacts {
  establishedOn: PlainDate;
  /** The date of the annual call (年度创建工作通知), Art. 7(1). */
  callDate: PlainDate;
  operatorKind: string;
  isBranch: boolean;
  isDishonest: boolean;
}

export type EligibilityCondition = 'operatingYears' | 'operatorKind' | 'branch' | 'dishonest';

export interface EligibilityFailure {
  condition: EligibilityCondition;
  reason: string;
}

/** The conditions of Art. 5 the operator fails; empty when it may apply. "3年以上" includes exactly 3 years. */
export function assessEligibility(facts: EligibilityFacts): EligibilityFailure[] {
  for (const field of ['establishedOn', 'callDate'] as const) {
    if (!isPlainDate(facts[field])) {
      throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: field, message: '日期格式应为YYYY-MM-DD的有效日期' }] });
    }
  }
  const failures: EligibilityFailure[] = [];
  const threeYearsOn = addCalendarYears(facts.establishedOn, MIN_OPERATING_YEARS);
  if (facts.callDate < threeYearsOn) {
    failures.push({
      condition: 'operatingYears',
      reason: `运营未满${MIN_OPERATING_YEARS}年：成立于${facts.establishedOn}，${threeYearsOn}起方满${MIN_OPERATING_YEARS}年，申报通知发布日为${facts.callDate}（第五条）`,
    });
  }
  if (facts.isDishonest) failures.push({ condition: 'dishonest', reason: '已被列入严重失信主体名单，不得申报（第五条）' });
  if (!isOperatorKind(facts.operatorKind)) {
    failures.push({
      condition: 'operatorKind',
      reason: '运营主体应为政府、国有企事业单位或中小企业公共服务机构（第二条、第五条）',
    });
  }
  if (facts.isBranch) failures.push({ condition: 'branch', reason: '分支机构不得作为运营主体申报（第二条）' });
  return failures;
}
