// Art. 5 eligibility to apply: "运营3年以上，未被列入严重失信主体名单" (五(一)1); the operator is a government body,
// a state-owned enterprise or institution, or an SME public service organisation, branches excluded (Art. 2).
// "运营3年" is a condition of the platform/base itself (五(一) 平台（基地）基本条件), so it is counted from the day
// the platform/base began operating, not from the operator's founding date.
import { AppError } from '../shared/app-error';
import { isOperatorKind } from '../shared/operator-kinds';
import { addCalendarYears } from '../calendar/day-arithmetic';
import { isPlainDate, type PlainDate } from '../shared/plain-date';

export const MIN_OPERATING_YEARS = 3;

export interface EligibilityFacts {
  /** The day the platform/base began operating (not the operator's 成立日期). */
  operatingSince: PlainDate;
  /** The date of the annual call (年度创建工作通知), Art. 7(1). */
  callDate: PlainDate;
  operatorKind: string;
  isBranch: boolean;
  isDishonest: boolean;
  /**
   * Art. 2: enterprises, private non-enterprise units and social organisations count as SME public service
   * organisations only when they serve SMEs under government commission, purchase of services or co-construction
   * (evidence required by Art. 7(1)2). Ignored for the other kinds.
   */
  hasPublicServiceMandate: boolean;
}

// Kinds that are public service organisations only with a government mandate (Art. 2 第三款).
const KINDS_NEEDING_MANDATE: readonly string[] = ['commissioned_enterprise', 'private_non_enterprise', 'social_organisation'];

export type EligibilityCondition = 'operatingYears' | 'operatorKind' | 'publicServiceMandate' | 'branch' | 'dishonest';

export interface EligibilityFailure {
  condition: EligibilityCondition;
  reason: string;
}

/** The conditions of Art. 5 the operator fails; empty when it may apply. "3年以上" includes exactly 3 years. */
export function assessEligibility(facts: EligibilityFacts): EligibilityFailure[] {
  for (const field of ['operatingSince', 'callDate'] as const) {
    if (!isPlainDate(facts[field])) {
      throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: field, message: '日期格式应为YYYY-MM-DD的有效日期' }] });
    }
  }
  const failures: EligibilityFailure[] = [];
  const threeYearsOn = addCalendarYears(facts.operatingSince, MIN_OPERATING_YEARS);
  if (facts.callDate < threeYearsOn) {
    failures.push({
      condition: 'operatingYears',
      reason: `运营未满${MIN_OPERATING_YEARS}年：平台（基地）自${facts.operatingSince}起运营，${threeYearsOn}起方满${MIN_OPERATING_YEARS}年，申报通知发布日为${facts.callDate}（第五条）`,
    });
  }
  if (facts.isDishonest) failures.push({ condition: 'dishonest', reason: '已被列入严重失信主体名单，不得申报（第五条）' });
  if (!isOperatorKind(facts.operatorKind)) {
    failures.push({
      condition: 'operatorKind',
      reason: '运营主体应为政府、国有企事业单位或中小企业公共服务机构（第二条、第五条）',
    });
  } else if (KINDS_NEEDING_MANDATE.includes(facts.operatorKind) && !facts.hasPublicServiceMandate) {
    failures.push({
      condition: 'publicServiceMandate',
      reason: '企业、民办非企业单位、社会团体须以政府委托、购买服务、合作共建等方式承担中小企业公共服务工作，并提供佐证材料（第二条、第七条）',
    });
  }
  if (facts.isBranch) failures.push({ condition: 'branch', reason: '分支机构不得作为运营主体申报（第二条）' });
  return failures;
}
