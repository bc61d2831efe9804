import { describe, expect, it } from 'vitest';
import { CURRENT_STANDARD_SET } from '../standards/standard-sets';
import { copyForNextYear, isApplicationWindowOpen, validateCall, type CallContent } from './annual-call';
import { diffCalls } from './call-diff';

const WEIGHTS = { 'plan.content': 20, 'plan.innovation': 20, 'plan.demonstration': 20, 'plan.path': 15, 'plan.expectedResults': 15, 'plan.support': 10 };

function sampleCall(overrides: Partial<CallContent> = {}): CallContent {
  return {
    year: 2026,
    title: '关于开展2026年度广东省中小企业公共服务示范平台（基地）创建工作的通知',
    text: '各地级以上市中小企业主管部门：\n现将有关事项通知如下。',
    creationQuota: 30,
    cityCaps: { '440100': 5, '440300': 5 },
    opensOn: '2026-03-01',
    closesOn: '2026-04-30',
    cityReviewDeadline: '2026-05-31',
    standardVersion: CURRENT_STANDARD_SET.version,
    criterionWeights: { ...WEIGHTS },
    maxScore: 10,
    ...overrides,
  };
}

describe('validateCall', () => {
  it('accepts a complete call', () => {
    expect(validateCall(sampleCall())).toEqual([]);
  });

  it.each<[string, Partial<CallContent>, string, string]>([
    ['quota 0', { creationQuota: 0 }, 'creationQuota', '年度创建数量应为正整数'],
    ['quota 2.5', { creationQuota: 2.5 }, 'creationQuota', '年度创建数量应为正整数'],
    ['unknown city', { cityCaps: { '440105': 3 } }, 'cityCaps.440105', '推荐名额中的地市代码440105不是广东省的地级市'],
    ['cap 0', { cityCaps: { '440100': 0 } }, 'cityCaps.440100', '广州市的推荐名额应为正整数'],
    ['30 February', { opensOn: '2026-02-30' }, 'opensOn', '申报开始日期格式应为YYYY-MM-DD的有效日期'],
    ['closes before it opens', { closesOn: '2026-02-28' }, 'closesOn', '申报截止日期不能早于申报开始日期'],
    ['review deadline on the closing day', { cityReviewDeadline: '2026-04-30' }, 'cityReviewDeadline', '初审截止日期应晚于申报截止日期'],
    ['unknown standard version', { standardVersion: 'guangdong-1999' }, 'standardVersion', '标准版本“guangdong-1999”不存在'],
    ['scale 0', { maxScore: 0 }, 'maxScore', '每项满分应为1至100之间的整数'],
    ['scale 101', { maxScore: 101 }, 'maxScore', '每项满分应为1至100之间的整数'],
    ['blank title', { title: '  ' }, 'title', '请填写通知标题'],
  ])('%s → %s', (_name, overrides, path, message) => {
    expect(validateCall(sampleCall(overrides))).toEqual([{ path, message }]);
  });

  it('accepts the boundaries: one-day window, review deadline the day after, scale 1 and 100', () => {
    for (const overrides of [{ closesOn: '2026-03-01', cityReviewDeadline: '2026-03-02' }, { maxScore: 1 }, { maxScore: 100 }]) {
      expect(validateCall(sampleCall(overrides))).toEqual([]);
    }
  });

  it.each([
    [99, '各评审要点权重之和应为100，当前为99'],
    [101, '各评审要点权重之和应为100，当前为101'],
  ])('weights summing to %i are refused', (sum, message) => {
    const weights = { ...sampleCall().criterionWeights, 'plan.content': 20 + sum - 100 };
    expect(validateCall(sampleCall({ criterionWeights: weights }))).toEqual([{ path: 'criterionWeights', message }]);
  });

  it('names a missing criterion, an unknown one and a non-positive weight', () => {
    const { 'plan.content': _dropped, ...rest } = sampleCall().criterionWeights;
    const issues = validateCall(sampleCall({ criterionWeights: { ...rest, 'plan.innovation': 0, 'plan.fee': 40 } }));
    expect(issues).toEqual([
      { path: 'criterionWeights.plan.content', message: '请填写“创建内容”的权重' },
      { path: 'criterionWeights.plan.innovation', message: '“创新特色”的权重应为正整数' },
      { path: 'criterionWeights.plan.fee', message: '评审要点plan.fee不属于该标准版本' },
    ]);
  });
});

describe('isApplicationWindowOpen (both ends inclusive)', () => {
  it.each([
    ['2026-02-28', false],
    ['2026-03-01', true],
    ['2026-04-01', true],
    ['2026-04-30', true],
    ['2026-05-01', false],
  ])('%s → %s', (today, expected) => {
    expect(isApplicationWindowOpen(sampleCall(), today)).toBe(expected);
  });
});

describe('copyForNextYear and diffCalls', () => {
  it('moves the year and every date on by one year', () => {
    const next = copyForNextYear(sampleCall());
    expect(next).toMatchObject({ year: 2027, opensOn: '2027-03-01', closesOn: '2027-04-30', cityReviewDeadline: '2027-05-31' });
    expect(next.title).toContain('2027年度');
    expect(validateCall(next)).toEqual([]);
  });

  it('moves "<year>年度" on in the text but leaves other years alone', () => {
    const text = '现将2026年度创建工作通知如下。2024年认定的平台不在此列。';
    expect(copyForNextYear(sampleCall({ text })).text).toBe('现将2027年度创建工作通知如下。2024年认定的平台不在此列。');
  });

  it('turns 29 February into 28 February', () => {
    expect(copyForNextYear(sampleCall({ year: 2028, opensOn: '2028-02-29' })).opensOn).toBe('2029-02-28');
  });

  it('lists only what changed, with Chinese labels', () => {
    const previous = sampleCall();
    const next = { ...copyForNextYear(previous), creationQuota: 40, cityCaps: { '440300': 5, '440600': 2 } };
    expect(diffCalls(previous, next)).toEqual([
      { field: 'year', label: '年度', before: 2026, after: 2027 },
      { field: 'title', label: '通知标题', before: previous.title, after: next.title },
      { field: 'creationQuota', label: '年度创建数量', before: 30, after: 40 },
      { field: 'opensOn', label: '申报开始日期', before: '2026-03-01', after: '2027-03-01' },
      { field: 'closesOn', label: '申报截止日期', before: '2026-04-30', after: '2027-04-30' },
      { field: 'cityReviewDeadline', label: '初审截止日期', before: '2026-05-31', after: '2027-05-31' },
      { field: 'cityCaps.440100', label: '推荐名额（广州市）', before: 5, after: null },
      { field: 'cityCaps.440600', label: '推荐名额（佛山市）', before: null, after: 2 },
    ]);
  });

  it('labels a weight change with the criterion name, and an identical call has no diff', () => {
    const previous = sampleCall();
    expect(diffCalls(previous, sampleCall())).toEqual([]);
    const weights = { ...WEIGHTS, 'plan.content': 25, 'plan.support': 5 };
    expect(diffCalls(previous, sampleCall({ criterionWeights: weights })).map((c) => c.label)).toEqual(['权重（创建内容）', '权重（保障协同）']);
  });
});
