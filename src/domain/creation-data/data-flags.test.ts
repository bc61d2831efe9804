import { describe, expect, it } from 'vitest';
import {
  buildDataFlags,
  FLAG_CODES,
  FLAG_EXAMPLE_LIMIT,
  FLAG_NOTE,
  hasIdenticalAnswers,
  isOutsidePeriod,
  isRegisteredOutsideGuangdong,
  isSameDayRepeat,
  outsidePeriodBounds,
  SAME_DAY_RECORD_LIMIT,
  type FlagInputs,
} from './data-flags';

const PERIOD = { startsOn: '2026-01-05', endsOn: '2028-01-05' };

describe('the rules at their boundaries', () => {
  it.each([
    ['91440101MA5ABCDE1X', false], // 广州
    ['91441900MA5ABCDE1X', false], // 东莞
    ['91450100MA5ABCDE1X', true], // 广西
    ['91430100MA5ABCDE1X', true], // 湖南
    ['91110000MA5ABC4401', true], // 北京, "44" elsewhere in the code does not count
    ['92440300MA5ABCDE1X', false],
  ])('%s registered outside 广东: %s', (code, expected) => {
    expect(isRegisteredOutsideGuangdong(code)).toBe(expected);
  });

  it.each([
    ['creating', '2026-01-04', true],
    ['creating', '2026-01-05', false],
    ['creating', '2028-01-05', false],
    ['creating', '2028-01-06', true],
    ['acceptance_submitted', '2028-01-06', true],
    ['acceptance_review', '2028-01-06', true],
    ['certification_shortlisted', '2028-01-06', true],
    ['certification_publicity', '2028-01-06', true],
    ['exited', '2028-01-06', true],
    ['creation_cancelled', '2028-01-06', true],
    // Certified: service goes on after the creation period; only a date before it is out of place.
    ['certified', '2026-01-04', true],
    ['certified', '2026-01-05', false],
    ['certified', '2028-01-06', false],
    ['certified', '2031-06-30', false],
    ['re_review', '2028-01-06', false],
    ['rectifying', '2028-01-06', false],
    ['revoked', '2028-01-06', false],
    ['revoked', '2026-01-04', true],
  ])('%s: %s outside the period 2026-01-05 … 2028-01-05 → %s', (state, date, expected) => {
    expect(isOutsidePeriod(date, outsidePeriodBounds(PERIOD, state))).toBe(expected);
  });

  it.each([
    [4, false],
    [5, true],
    [6, true],
  ])('%i records of one enterprise on one day → flagged %s', (records, expected) => {
    expect(SAME_DAY_RECORD_LIMIT).toBe(5);
    expect(isSameDayRepeat(records)).toBe(expected);
  });

  it.each([
    [29, 5, 5, false],
    [30, 5, 5, true],
    [30, 4, 5, false],
    [300, 1, 1, true],
    [0, null, null, false],
  ])('%i answers from %s to %s → all identical %s', (answers, lowest, highest, expected) => {
    expect(hasIdenticalAnswers({ label: '导入', answers, lowest, highest })).toBe(expected);
  });
});

const codes = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const inputs = (changes: Partial<FlagInputs> = {}): FlagInputs => ({
  rejectedCreditCodes: [],
  outsideGuangdong: { count: 0, examples: [] },
  outsidePeriod: { count: 0, examples: [] },
  sameDayRepeats: { count: 0, examples: [] },
  events: [],
  answerGroups: [],
  ...changes,
});

describe('the flags', () => {
  it('are always all six, each with its title, count, a few examples and the note that nothing happens automatically', () => {
    const flags = buildDataFlags(inputs());
    expect(flags.map((f) => f.code)).toEqual([...FLAG_CODES]);
    for (const flag of flags) expect([flag.count, flag.examples, flag.note]).toEqual([0, [], FLAG_NOTE]);
    expect(FLAG_NOTE).toBe('提示供评审参考，不自动处理');
  });

  it('add up the rows refused for their credit code over the imports', () => {
    const flag = buildDataFlags(inputs({ rejectedCreditCodes: [{ source: '服务记录.xlsx（2026-03-01）', rows: 3 }, { source: '推送（2026-03-02）', rows: 0 }, { source: '服务记录2.csv（2026-04-01）', rows: 2 }] }))[0]!;
    expect([flag.code, flag.count, flag.examples]).toEqual(['invalidCreditCodes', 5, ['服务记录.xlsx（2026-03-01）：3行', '服务记录2.csv（2026-04-01）：2行']]);
  });

  it('show at most a few examples of a large count', () => {
    const examples = Array.from({ length: 12 }, (_, i) => ({ creditCode: `9145010${i}`, name: null }));
    const flag = buildDataFlags(inputs({ outsideGuangdong: { count: 12, examples } }))[1]!;
    expect(flag.count).toBe(12);
    expect(flag.examples).toHaveLength(FLAG_EXAMPLE_LIMIT);
  });

  it('pair events with near-identical participant lists', () => {
    const events = [
      { id: 'a', date: '2026-03-01', topic: '政策宣讲', participants: codes('E', 20) },
      { id: 'b', date: '2026-03-08', topic: '融资对接', participants: [...codes('E', 19), 'X'] },
      { id: 'c', date: '2026-03-15', topic: '数字化培训', participants: codes('F', 20) },
    ];
    const flag = buildDataFlags(inputs({ events })).find((f) => f.code === 'nearIdenticalEvents')!;
    expect([flag.count, flag.examples]).toEqual([1, ['2026-03-01“政策宣讲”与2026-03-08“融资对接”：19家相同，共21家']]);
  });

  it('name the batches whose answers are all one value', () => {
    const flag = buildDataFlags(
      inputs({
        answerGroups: [
          { label: '服务记录.xlsx（2026-03-01）', answers: 30, lowest: 5, highest: 5 },
          { label: '服务记录2.xlsx（2026-04-01）', answers: 29, lowest: 5, highest: 5 },
          { label: '全部数据', answers: 59, lowest: 5, highest: 5 },
        ],
      }),
    ).find((f) => f.code === 'identicalAnswers')!;
    expect([flag.count, flag.examples]).toEqual([2, ['服务记录.xlsx（2026-03-01）：30份均为“非常满意”', '全部数据：59份均为“非常满意”']]);
  });
});
