// The annual call (年度创建工作通知, Art. 7(1)): "省工业和信息化厅发布年度创建工作通知，明确年度创建数量、工作内容、
// 时间安排、创建要求等". Each call pins one standard-set version, and sets the creation-plan (Attachment 3)
// criterion weights and scoring scale (DESIGN §4).
import { addCalendarYears } from '../calendar/day-arithmetic';
import { findCity } from '../divisions/divisions';
import type { ErrorIssue } from '../shared/app-error';
import { isPlainDate, type PlainDate } from '../shared/plain-date';
import { findStandardSet } from '../standards/standard-sets';

export const CALL_STATUSES = ['draft', 'published'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/** The weights of the plan criteria always add up to this. */
export const WEIGHT_TOTAL = 100;
export const MAX_SCORE_LIMIT = 100;

/** What the province writes into a call; the same shape for a draft and for a published call. */
export interface CallContent {
  year: number;
  title: string;
  /** The notice body, plain text; paragraphs are separated by line breaks. */
  text: string;
  /** 年度创建数量: how many creation objects the province plans to confirm this year. */
  creationQuota: number;
  /** 推荐名额: optional cap on how many applications a city may recommend, by city code (the 21 cities only). */
  cityCaps: Record<string, number>;
  /** First day on which an application may be submitted (Asia/Shanghai). */
  opensOn: PlainDate;
  /** Last day on which an application may be submitted, inclusive: submissions close at 23:59:59 Asia/Shanghai. */
  closesOn: PlainDate;
  /** 初审截止日: the cities finish initial review and recommendation by the end of this day; after closesOn. */
  cityReviewDeadline: PlainDate;
  /** The standard set (Attachments 1–3) this call applies; a published version (DESIGN §4). */
  standardVersion: string;
  /** Attachment 3 criterion code → weight; positive integers, one per criterion, summing to 100. */
  criterionWeights: Record<string, number>;
  /**
   * The scale: experts score each criterion from 0 to maxScore (integers). A plan's total is
   * Σ weight × score / maxScore, so it always lies between 0 and 100 whatever the scale.
   */
  maxScore: number;
}

const isPositiveInteger = (value: number) => Number.isInteger(value) && value > 0;

/** Field-by-field Chinese issues; empty when the call may be published. Paths match the request body. */
export function validateCall(call: CallContent): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (!Number.isInteger(call.year) || call.year < 2000 || call.year > 2100) add('year', '年度应为2000至2100之间的四位年份');
  if (call.title.trim() === '') add('title', '请填写通知标题');
  if (call.text.trim() === '') add('text', '请填写通知正文');
  if (!isPositiveInteger(call.creationQuota)) add('creationQuota', '年度创建数量应为正整数');
  for (const [code, cap] of Object.entries(call.cityCaps)) {
    if (!findCity(code)) add(`cityCaps.${code}`, `推荐名额中的地市代码${code}不是广东省的地级市`);
    else if (!isPositiveInteger(cap)) add(`cityCaps.${code}`, `${findCity(code)?.name}的推荐名额应为正整数`);
  }
  const dates = [
    ['opensOn', '申报开始日期'],
    ['closesOn', '申报截止日期'],
    ['cityReviewDeadline', '初审截止日期'],
  ] as const;
  const badDates = dates.filter(([key, label]) => {
    if (isPlainDate(call[key])) return false;
    add(key, `${label}格式应为YYYY-MM-DD的有效日期`);
    return true;
  });
  if (badDates.length === 0) {
    if (call.closesOn < call.opensOn) add('closesOn', '申报截止日期不能早于申报开始日期');
    if (call.cityReviewDeadline <= call.closesOn) add('cityReviewDeadline', '初审截止日期应晚于申报截止日期');
  }
  const standardSet = findStandardSet(call.standardVersion);
  if (!standardSet) {
    add('standardVersion', `标准版本“${call.standardVersion}”不存在`);
  } else {
    const codes = standardSet.planCriteria.map((c) => c.code);
    for (const criterion of standardSet.planCriteria) {
      const weight = call.criterionWeights[criterion.code];
      if (weight === undefined) add(`criterionWeights.${criterion.code}`, `请填写“${criterion.name}”的权重`);
      else if (!isPositiveInteger(weight)) add(`criterionWeights.${criterion.code}`, `“${criterion.name}”的权重应为正整数`);
    }
    for (const code of Object.keys(call.criterionWeights)) {
      if (!codes.includes(code)) add(`criterionWeights.${code}`, `评审要点${code}不属于该标准版本`);
    }
    const sum = Object.values(call.criterionWeights).reduce((total, weight) => total + weight, 0);
    if (issues.every((issue) => !issue.path.startsWith('criterionWeights')) && sum !== WEIGHT_TOTAL) {
      add('criterionWeights', `各评审要点权重之和应为${WEIGHT_TOTAL}，当前为${sum}`);
    }
  }
  if (!isPositiveInteger(call.maxScore) || call.maxScore > MAX_SCORE_LIMIT) add('maxScore', `每项满分应为1至${MAX_SCORE_LIMIT}之间的整数`);
  return issues;
}

/** Art. 7(1): applications may be submitted from opensOn through closesOn, both days included. */
export function isApplicationWindowOpen(call: Pick<CallContent, 'opensOn' | 'closesOn'>, today: PlainDate): boolean {
  return today >= call.opensOn && today <= call.closesOn;
}

/**
 * A new call starts as a copy of last year's: year + 1, every date the same day one year later
 * (29 February → 28 February), and the year moved on in the title and wherever the text says "<year>年度" (the
 * call's own year; other years the text mentions stay). The diff then shows the text as changed for review.
 */
export function copyForNextYear(call: CallContent): CallContent {
  const year = call.year + 1;
  return {
    ...call,
    year,
    title: call.title.replaceAll(String(call.year), String(year)),
    text: call.text.replaceAll(`${call.year}年度`, `${year}年度`),
    cityCaps: { ...call.cityCaps },
    criterionWeights: { ...call.criterionWeights },
    opensOn: addCalendarYears(call.opensOn, 1),
    closesOn: addCalendarYears(call.closesOn, 1),
    cityReviewDeadline: addCalendarYears(call.cityReviewDeadline, 1),
  };
}
