// Demo mode's programme (F8 统计看板 on the seeded data): which applications the 2024 and 2025 calls received, in
// which city, and how far each got — with the dated steps of its path as the lifecycle table would have written
// them (src/domain/lifecycle/transitions.ts). Pure and deterministic: the same seed gives the same programme.
// The 2024 objects were confirmed on 2024-08-27, so their 2-year creation period (Art. 7(2)) ended on 2026-08-27 and
// the first acceptances and certifications (Art. 7(3)(4)) fall in autumn 2026. An exit after a second failed
// acceptance cannot have happened yet (the extension runs to 2027), so the 2024 "exits" are Art. 12 cancellations.
import { addCalendarYears, addDays } from '../../domain/calendar/day-arithmetic';
import { CITIES, type City } from '../../domain/divisions/divisions';
import type { LifecycleState } from '../../domain/lifecycle/states';
import type { PlainDate } from '../../domain/shared/plain-date';
import { CANCELLATION_REASONS } from './registry-names';
import type { Random } from './seeded-random';

export type ProgrammeYear = 2024 | 2025;
export type Scenario = keyof (typeof SCENARIO_WEIGHTS)[2024] | keyof (typeof SCENARIO_WEIGHTS)[2025];

export interface PlannedStep {
  event: string;
  toState: LifecycleState;
  actorRole: 'applicant' | 'city' | 'province';
  on: PlainDate;
  reason: string | null;
  isReasonPublic: boolean;
}

export interface PlannedPath {
  state: LifecycleState;
  steps: PlannedStep[];
  /** The confirmation day (creation objects only): the period's last day follows from it. */
  creationPeriodEndsOn: PlainDate | null;
  isExtended: boolean;
  reReviewDueOn: PlainDate | null;
}

// What became of each year's applications; 2024 has run its course to the first certifications.
export const SCENARIO_WEIGHTS = {
  2024: {
    creating: 26, acceptance_submitted: 9, acceptance_review: 8, certified: 22, extended: 4, creation_cancelled: 4,
    city_rejected: 9, province_rejected: 9, withdrawn: 2,
  },
  2025: { submitted: 6, returned_for_revision: 6, city_rejected: 13, recommended: 12, province_rejected: 12, shortlisted: 10, creating: 30 },
} as const;

// Roughly where the province's platforms are: the Pearl River Delta applies most (as registry-generator.ts).
export const CITY_WEIGHTS: Record<string, number> = {
  '440100': 16, '440300': 16, '440600': 10, '441900': 9, '442000': 5, '440400': 4, '441300': 4, '440700': 4, '440500': 3, '440800': 3,
  '441200': 3, '441800': 2, '440900': 2, '445200': 2, '441400': 2, '440200': 2, '445100': 2, '441600': 2, '441700': 2, '441500': 1, '445300': 1,
};

const RETURN_REASONS = ['上一年度审计报告未体现服务收支情况，请补充', '服务佐证材料不足，请补充服务合同和活动记录', '创建方案目标不可考核，请细化'];
const CITY_REJECTIONS = ['运营时间不满3年，不符合申报条件（第五条）', '服务中小企业数量未达到申报条件', '运营主体为分支机构，不符合申报条件（第五条）'];
const PROVINCE_REJECTIONS = ['综合评审得分未进入择优范围', '服务能力和示范带动作用不足，未择优确定为拟创建对象'];

/** `count` applications per city: every city at least `minimum`, the rest by weight. */
export function cityAllocation(random: Random, total: number, minimum: number): City[] {
  const cities: City[] = CITIES.flatMap((city) => Array.from({ length: minimum }, () => city));
  const weights = Object.fromEntries(CITIES.map((c) => [c.code, CITY_WEIGHTS[c.code] ?? 1])) as Record<string, number>;
  while (cities.length < total) {
    const code = random.weighted(weights);
    cities.push(CITIES.find((c) => c.code === code)!);
  }
  return cities;
}

/** The path of one application of `year` that ends in `scenario`, with working-day-ish dates inside the call's windows. */
export function planPath(random: Random, year: ProgrammeYear, scenario: Scenario): PlannedPath {
  const steps: PlannedStep[] = [];
  // A step never falls before the one it follows (a late resubmission pushes the city's decision back).
  const step = (event: string, toState: LifecycleState, actorRole: PlannedStep['actorRole'], on: PlainDate, reason: string | null = null, isReasonPublic = false) => {
    const previous = steps[steps.length - 1]?.on;
    steps.push({ event, toState, actorRole, on: previous && on <= previous ? addDays(previous, 1) : on, reason, isReasonPublic });
  };
  const day = (from: string, spread: number): PlainDate => addDays(`${year}-${from}`, random.int(0, spread));
  const end = (state: LifecycleState, extra: Partial<PlannedPath> = {}): PlannedPath => ({ state, steps, creationPeriodEndsOn: null, isExtended: false, reReviewDueOn: null, ...extra });

  const submittedOn = day('03-05', 50);
  step('submit', 'submitted', 'applicant', submittedOn);
  if (scenario === 'submitted') return end('submitted');
  if (scenario === 'returned_for_revision' || random.chance(0.12)) {
    const returnedOn = addDays(submittedOn, random.int(5, 15));
    step('return_for_revision', 'returned_for_revision', 'city', returnedOn, random.pick(RETURN_REASONS));
    if (scenario === 'returned_for_revision') return end('returned_for_revision');
    step('resubmit', 'submitted', 'applicant', addDays(returnedOn, random.int(3, 10)));
  }
  const cityOn = day('05-08', 18);
  if (scenario === 'city_rejected') {
    step('reject_by_city', 'city_rejected', 'city', cityOn, random.pick(CITY_REJECTIONS));
    return end('city_rejected');
  }
  step('recommend', 'recommended', 'city', cityOn);
  if (scenario === 'recommended') return end('recommended');
  const provinceOn = day('07-08', 14);
  if (scenario === 'province_rejected') {
    step('reject_by_province', 'province_rejected', 'province', provinceOn, random.pick(PROVINCE_REJECTIONS));
    return end('province_rejected');
  }
  // 2025: a later batch is shortlisted in October and not yet on its 公示.
  if (scenario === 'shortlisted') {
    step('shortlist', 'shortlisted', 'province', day('10-20', 6));
    return end('shortlisted');
  }
  step('shortlist', 'shortlisted', 'province', provinceOn);
  step('publish_creation_notice', 'creation_publicity', 'province', `${year}-08-19`);
  if (scenario === 'withdrawn') {
    step('uphold_creation_objection', 'withdrawn', 'province', `${year}-08-27`, '公示异议经核实属实：申报服务数据与实际不符', true);
    return end('withdrawn');
  }
  const confirmedOn: PlainDate = `${year}-08-27`;
  step('confirm_creation', 'creating', 'province', confirmedOn);
  const periodEndsOn = addCalendarYears(confirmedOn, 2);
  if (scenario === 'creating') return end('creating', { creationPeriodEndsOn: periodEndsOn });
  if (scenario === 'creation_cancelled') {
    step('cancel_creation', 'creation_cancelled', 'province', addDays('2025-05-06', random.int(0, 400)), random.pick(CANCELLATION_REASONS), true);
    return end('creation_cancelled', { creationPeriodEndsOn: periodEndsOn });
  }
  // Art. 7(3): acceptance once the period is over.
  const appliedOn = addDays(periodEndsOn, random.int(1, 25));
  step('submit_acceptance', 'acceptance_submitted', 'applicant', appliedOn);
  if (scenario === 'acceptance_submitted') return end('acceptance_submitted', { creationPeriodEndsOn: periodEndsOn });
  step('start_acceptance_review', 'acceptance_review', 'province', addDays('2026-09-28', random.int(0, 10)));
  if (scenario === 'acceptance_review') return end('acceptance_review', { creationPeriodEndsOn: periodEndsOn });
  if (scenario === 'extended') {
    step('fail_acceptance', 'creating', 'province', '2026-10-16', '验收时服务中小企业数量未达到认定标准，延长创建期1年');
    return end('creating', { creationPeriodEndsOn: addCalendarYears(periodEndsOn, 1), isExtended: true });
  }
  step('pass_acceptance', 'certification_shortlisted', 'province', '2026-10-16');
  step('publish_certification_notice', 'certification_publicity', 'province', '2026-10-23');
  step('certify', 'certified', 'province', '2026-11-03');
  return end('certified', { creationPeriodEndsOn: periodEndsOn, reReviewDueOn: addCalendarYears('2026-11-03', 2) });
}
