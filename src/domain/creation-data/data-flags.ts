// Data-quality and fraud hints (Art. 12: "存在弄虚作假…的，取消创建资格或撤销认定命名" — but only after the fraud is
// verified). A flag is a pointer for the reviewers to look at; it changes no state, no figure and no score, and
// says so in every answer (FLAG_NOTE). The database does the counting over possibly millions of rows with the
// limits below; these rules say what counts and how each flag reads.
import { isLifecycleState, STATE_INFO } from '../lifecycle/states';
import type { PlainDate } from '../shared/plain-date';
import { findNearIdenticalEventPairs, NEAR_IDENTICAL_MIN_PARTICIPANTS, type EventParticipants } from './near-identical-events';

export const FLAG_NOTE = '提示供评审参考，不自动处理';
export const FLAG_EXAMPLE_LIMIT = 5;

/** Characters 3–4 of a credit code are the province of the registering authority (GB 32100-2015); 44 is 广东. */
export const GUANGDONG_PROVINCE_CODE = '44';

/**
 * The same enterprise recorded this many times or more on one day. A real day of service for one SME gives one
 * or two records (a consultation and its follow-up), at most three or four when a training, a policy briefing
 * and a consultation fall on the same day; five or more looks like one service split into several records to
 * swell the record count and the service contents delivered.
 */
export const SAME_DAY_RECORD_LIMIT = 5;

/** All answers alike is only telling with enough of them: 30 is the usual minimum for reading a survey at all. */
export const IDENTICAL_ANSWERS_MIN = 30;

export const FLAG_CODES = ['invalidCreditCodes', 'outsideGuangdong', 'outsidePeriod', 'sameDayRepeats', 'nearIdenticalEvents', 'identicalAnswers'] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export const FLAG_TITLES: Record<FlagCode, string> = {
  invalidCreditCodes: '统一社会信用代码无效',
  outsideGuangdong: '服务企业注册地不在广东省',
  outsidePeriod: '记录日期不在创建期内',
  sameDayRepeats: `同一企业同一天服务记录${SAME_DAY_RECORD_LIMIT}条以上`,
  nearIdenticalEvents: '活动参加企业名单高度重合',
  identicalAnswers: '满意度评价完全相同',
};

export interface DataFlag {
  code: FlagCode;
  title: string;
  /** What was counted, in one sentence. */
  description: string;
  count: number;
  examples: string[];
  note: typeof FLAG_NOTE;
}

export function isRegisteredOutsideGuangdong(creditCode: string): boolean {
  return creditCode.slice(2, 4) !== GUANGDONG_PROVINCE_CODE;
}

/** The dates a record or event may have without being flagged; no `endsOn`: any date from `startsOn` on. */
export interface OutsidePeriodBounds {
  startsOn: PlainDate;
  endsOn: PlainDate | null;
}

/**
 * A date before the creation period is always out of place. After the period's last day, service goes on once the
 * object is accepted and certified (Art. 13: the province keeps tracking certified platforms and bases), so those
 * dates are telling only while the object is still in the creation phase (创建期 to 拟认定公示, or when it left it
 * by exit or cancellation): then data dated after the period cannot be creation-period results.
 */
export function outsidePeriodBounds(period: { startsOn: PlainDate; endsOn: PlainDate }, state: string): OutsidePeriodBounds {
  const isInCreationPhase = isLifecycleState(state) && STATE_INFO[state].phase === 'creation';
  return { startsOn: period.startsOn, endsOn: isInCreationPhase ? period.endsOn : null };
}

export function isOutsidePeriod(date: PlainDate, bounds: OutsidePeriodBounds): boolean {
  return date < bounds.startsOn || (bounds.endsOn !== null && date > bounds.endsOn);
}

export function isSameDayRepeat(records: number): boolean {
  return records >= SAME_DAY_RECORD_LIMIT;
}

export interface AnswerGroup {
  /** An import (file name and day) or 全部数据. */
  label: string;
  answers: number;
  lowest: number | null;
  highest: number | null;
}

export function hasIdenticalAnswers(group: AnswerGroup): boolean {
  return group.answers >= IDENTICAL_ANSWERS_MIN && group.lowest !== null && group.lowest === group.highest;
}

/** A count over possibly many rows with a few of them to look at, as the database returns it. */
export interface Counted<T> {
  count: number;
  examples: readonly T[];
}

export interface FlagInputs {
  /** Rows refused for their credit code, per import (data_imports.rejected_by_column). */
  rejectedCreditCodes: readonly { source: string; rows: number }[];
  /** Distinct enterprises (records, event participants, base enterprises) registered outside 广东. */
  outsideGuangdong: Counted<{ creditCode: string; name: string | null }>;
  outsidePeriod: Counted<{ kind: 'record' | 'event'; date: PlainDate; label: string }>;
  /** (enterprise, day) pairs with SAME_DAY_RECORD_LIMIT records or more. */
  sameDayRepeats: Counted<{ creditCode: string; name: string; date: PlainDate; records: number }>;
  /** Events with at least NEAR_IDENTICAL_MIN_PARTICIPANTS participants. */
  events: readonly EventParticipants[];
  /** Satisfaction answers per import, and of all the data. */
  answerGroups: readonly AnswerGroup[];
}

// Answers are stored as 1 … 5 (service_records.satisfaction); the words are the standard set's five-point scale.
const SATISFACTION_WORDS = ['非常不满意', '不满意', '一般', '满意', '非常满意'];

export function buildDataFlags(inputs: FlagInputs): DataFlag[] {
  const flag = (code: FlagCode, description: string, count: number, examples: readonly string[]): DataFlag => ({
    code,
    title: FLAG_TITLES[code],
    description,
    count,
    examples: examples.slice(0, FLAG_EXAMPLE_LIMIT),
    note: FLAG_NOTE,
  });
  const rejected = inputs.rejectedCreditCodes.filter((r) => r.rows > 0);
  const pairs = findNearIdenticalEventPairs(inputs.events);
  const identical = inputs.answerGroups.filter(hasIdenticalAnswers);
  return [
    flag(
      'invalidCreditCodes',
      '导入时因统一社会信用代码无效（位数、字符、行政区划码或校验位不正确）而未入库的行数',
      rejected.reduce((sum, r) => sum + r.rows, 0),
      rejected.map((r) => `${r.source}：${r.rows}行`),
    ),
    flag(
      'outsideGuangdong',
      `统一社会信用代码第3、4位（登记管理机关所在省份）不是${GUANGDONG_PROVINCE_CODE}的企业数（按代码去重）`,
      inputs.outsideGuangdong.count,
      inputs.outsideGuangdong.examples.map((e) => (e.name ? `${e.creditCode} ${e.name}` : e.creditCode)),
    ),
    flag(
      'outsidePeriod',
      '服务日期或活动日期早于创建期开始日，或在创建阶段晚于创建期结束日的记录数（已作废的记录和活动不计）',
      inputs.outsidePeriod.count,
      inputs.outsidePeriod.examples.map((e) => `${e.kind === 'record' ? '服务记录' : '活动'} ${e.date} ${e.label}`),
    ),
    flag(
      'sameDayRepeats',
      `同一企业在同一天有${SAME_DAY_RECORD_LIMIT}条以上服务记录的次数（按企业和日期计）`,
      inputs.sameDayRepeats.count,
      inputs.sameDayRepeats.examples.map((e) => `${e.date} ${e.creditCode} ${e.name}：${e.records}条`),
    ),
    flag(
      'nearIdenticalEvents',
      `参加企业均不少于${NEAR_IDENTICAL_MIN_PARTICIPANTS}家、名单重合度（交集÷并集）达到90%的活动对数`,
      pairs.length,
      pairs.map((p) => `${p.first.date}“${p.first.topic}”与${p.second.date}“${p.second.topic}”：${p.shared}家相同，共${p.union}家`),
    ),
    flag(
      'identicalAnswers',
      `满意度答卷不少于${IDENTICAL_ANSWERS_MIN}份且全部为同一评价的批次数（逐次导入及全部数据分别判断）`,
      identical.length,
      identical.map((g) => `${g.label}：${g.answers}份均为“${SATISFACTION_WORDS[(g.lowest ?? 1) - 1] ?? g.lowest}”`),
    ),
  ];
}
