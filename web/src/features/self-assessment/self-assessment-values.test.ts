import { describe, expect, it } from 'vitest';
import { zSelfAssessmentRequest } from '../../../../src/contracts/self-assessment';
import { CURRENT_STANDARD_SET } from '../../../../src/domain/standards/standard-sets';
import { evaluateStandards } from '../../../../src/domain/standards/evaluate-standards';
import { issuesFromZod } from '../../lib/form-errors';
import { actualText, countOutcomes, headline } from './result-text';
import { describeSubject, percentToFraction, toFormIssues, toFormPath, toSelfAssessmentBody, type SelfAssessmentFormValues } from './self-assessment-values';

const platform: SelfAssessmentFormValues = {
  carrier: 'platform',
  platformKind: 'comprehensive',
  region: '440200',
  stage: 'creation',
  noRegistration: true,
  facts: {
    servedEnterprises: 999,
    coveredDivisions: ['440203', '440204', '440205'],
    satisfiedAnswers: 80,
    totalAnswers: 100,
    eventParticipants: [15, 15, 15, 15, 15],
    serviceContents: ['创业指导', '管理咨询', '人才培训'],
    resourceCount: 80,
    hasPcEntry: true,
    hasMobileEntry: false,
    registrationMinutes: 12,
    // Base facts typed in before switching to 平台 stay in the form but are not sent.
    enterpriseCount: 100,
  },
};
const base: SelfAssessmentFormValues = {
  carrier: 'base',
  platformKind: 'comprehensive',
  region: '440300',
  stage: 'certification',
  facts: {
    enterpriseCount: 100,
    leadingIndustryRevenueShare: 60,
    qualityEnterprises: { champion: 1, littleGiant: 1, specialised: 2, highTech: 1, techSme: 0, innovativeSme: 0 },
    avgRdIntensity: 2.5,
    ecosystem: ['incubator'],
    servedEnterprises: 5,
  },
};

describe('toSelfAssessmentBody', () => {
  it('sends a platform body the shared schema accepts; 无需注册 sends null minutes', () => {
    const parsed = zSelfAssessmentRequest.safeParse(toSelfAssessmentBody(platform));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(parsed.data).toMatchObject({ region: '440200', facts: { servedEnterprises: 999, registrationMinutes: null } });
    expect(Object.keys(parsed.data?.facts ?? {})).not.toContain('enterpriseCount');
  });

  it('sends a base body with percentages as fractions and no platform kind or region', () => {
    const body = toSelfAssessmentBody(base);
    expect(body).toEqual({
      carrier: 'base',
      stage: 'certification',
      facts: {
        enterpriseCount: 100,
        leadingIndustryRevenueShare: 0.6,
        qualityEnterprises: { champion: 1, littleGiant: 1, specialised: 2, highTech: 1, techSme: 0, innovativeSme: 0 },
        avgRdIntensity: 0.025,
        ecosystem: ['incubator'],
      },
    });
    expect(zSelfAssessmentRequest.safeParse(body).success).toBe(true);
  });

  it.each([
    [50, 0.5],
    [0, 0],
    [100, 1],
    [2, 0.02],
    [null, undefined],
    [undefined, undefined],
  ])('percent %s → fraction %s', (percent, fraction) => {
    expect(percentToFraction(percent)).toBe(fraction);
  });

  it('reads emptied number boxes as not filled in, so the schema asks for them', () => {
    const body = toSelfAssessmentBody({ ...platform, facts: { ...platform.facts, servedEnterprises: null, eventParticipants: [20, null] } });
    const parsed = zSelfAssessmentRequest.safeParse(body);
    const issues = parsed.success ? [] : issuesFromZod(parsed.error);
    expect(issues).toContainEqual({ path: ['facts', 'servedEnterprises'], message: '请填写年服务中小企业数量' });
    expect(issues).toContainEqual({ path: ['facts', 'eventParticipants', 1], message: '请填写参加企业数' });
  });
});

describe('describeSubject', () => {
  const labels = { carrier: { platform: '平台', base: '基地' }, platformKind: { comprehensive: '综合服务平台', professional: '专业服务平台' }, stage: { creation: '创建', certification: '认定' } };
  const divisions = { province: { code: '440000', name: '广东省' }, cities: [{ code: '440200', name: '韶关市', childLevel: 'county' as const, children: [] }] };

  it.each<[SelfAssessmentFormValues, string]>([
    [platform, '综合服务平台 · 韶关市 · 创建标准'],
    [{ ...platform, region: '440000', platformKind: 'professional', stage: 'certification' }, '专业服务平台 · 广东省 · 认定标准'],
    [base, '基地 · 认定标准'],
  ])('%#: %s', (values, expected) => {
    expect(describeSubject(values, { labels }, divisions)).toBe(expected);
  });
});

describe('issue paths onto form fields', () => {
  it.each<[(string | number)[], (string | number)[]]>([
    [['facts', 'coveredDivisions', 1], ['facts', 'coveredDivisions']],
    [['facts', 'serviceContents', 0], ['facts', 'serviceContents']],
    [['facts', 'ecosystem', 2], ['facts', 'ecosystem']],
    [['facts', 'eventParticipants', 3], ['facts', 'eventParticipants', 3]],
    [['facts', 'qualityEnterprises'], ['facts', 'enterpriseCount']],
    [['facts', 'qualityEnterprises', 'champion'], ['facts', 'qualityEnterprises', 'champion']],
    [['facts', 'satisfiedAnswers'], ['facts', 'satisfiedAnswers']],
    [['region'], ['region']],
  ])('%j → %j', (path, expected) => {
    expect(toFormPath(path)).toEqual(expected);
  });

  it('puts the too-many-quality-enterprises problem beside 基地企业数', () => {
    const parsed = zSelfAssessmentRequest.safeParse(toSelfAssessmentBody({ ...base, facts: { ...base.facts, enterpriseCount: 3 } }));
    const issues = parsed.success ? [] : toFormIssues(issuesFromZod(parsed.error));
    expect(issues).toEqual([{ path: ['facts', 'enterpriseCount'], message: '各类优质企业合计5家，超过基地企业数量3家（每家企业只按最高类别计一次）' }]);
  });
});

describe('result wording', () => {
  const evaluate = (values: SelfAssessmentFormValues) => {
    const parsed = zSelfAssessmentRequest.parse(toSelfAssessmentBody(values));
    return evaluateStandards(CURRENT_STANDARD_SET, parsed);
  };
  const actualOf = (values: SelfAssessmentFormValues, code: string) => {
    const result = evaluate(values);
    const row = result.indicators.find((i) => i.code === code)!;
    return actualText(row, CURRENT_STANDARD_SET.indicators.find((i) => i.code === code), values.stage!);
  };

  it.each([
    ['platform.servedEnterprises', '999家'],
    ['platform.coverage', '30%'],
    ['platform.satisfaction', '80%'],
    ['platform.offlineEvents', '5次'],
    ['platform.resources', '80家（人）'],
    ['platform.convenience', '具备'],
    ['platform.operations', '—'],
  ])('platform %s reads %s', (code, expected) => {
    expect(actualOf(platform, code)).toBe(expected);
  });

  it('shows the weighted quality share as a percentage and a missing answer as 无法计算', () => {
    expect(actualOf(base, 'base.qualityEnterprises')).toBe('35%');
    expect(actualOf({ ...platform, facts: { ...platform.facts, satisfiedAnswers: 0, totalAnswers: 0 } }, 'platform.satisfaction')).toBe('无法计算');
  });

  it('sums the outcomes: 未发现未达标项, or N项未达标', () => {
    const failing = countOutcomes(evaluate(platform));
    expect(failing).toEqual({ met: 5, failed: 1, expert: 4 });
    expect(headline(failing)).toBe('1项未达标');
    const passing = countOutcomes(evaluate({ ...platform, facts: { ...platform.facts, servedEnterprises: 1000 } }));
    expect(headline(passing)).toBe('未发现未达标项');
  });
});
