import { describe, expect, it } from 'vitest';
import { evaluateStandards, formatPercent, type IndicatorResult } from './evaluate-standards';
import type { AssessmentSubject, BaseFacts, PlatformFacts } from './facts';
import { CURRENT_STANDARD_SET as SET } from './standard-sets';
import type { Stage } from './types';

// 韶关 (440200) has 10 counties, so 3 and 5 covered are exactly 30% and 50%.
const SHAOGUAN_COUNTIES = ['440203', '440204', '440205', '440222', '440224'];
const COMPREHENSIVE = SET.serviceItems.comprehensive;

const platformAt = (stage: Stage): PlatformFacts =>
  stage === 'creation'
    ? {
        servedEnterprises: 1000,
        coveredDivisions: SHAOGUAN_COUNTIES.slice(0, 3),
        satisfiedAnswers: 80,
        totalAnswers: 100,
        eventParticipants: [15, 15, 15, 15, 15],
        serviceContents: COMPREHENSIVE.slice(0, 3),
        resourceCount: 80,
        hasPcEntry: true,
        hasMobileEntry: false,
        registrationMinutes: 30,
      }
    : {
        servedEnterprises: 3000,
        coveredDivisions: SHAOGUAN_COUNTIES,
        satisfiedAnswers: 90,
        totalAnswers: 100,
        eventParticipants: Array.from({ length: 10 }, () => 15),
        serviceContents: COMPREHENSIVE.slice(0, 6),
        resourceCount: 150,
        hasPcEntry: true,
        hasMobileEntry: true,
        registrationMinutes: 8,
      };

const NO_QUALITY = { champion: 0, littleGiant: 0, specialised: 0, highTech: 0, techSme: 0, innovativeSme: 0 };
const baseAt = (stage: Stage): BaseFacts => ({
  enterpriseCount: stage === 'creation' ? 80 : 100,
  leadingIndustryRevenueShare: stage === 'creation' ? 0.5 : 0.6,
  // (1×20 + 1×10 + 0) / 80 = 37.5%; / 100 = 30% → 36 more points to pass 35% at certification.
  qualityEnterprises: stage === 'creation' ? { ...NO_QUALITY, champion: 1, littleGiant: 1 } : { ...NO_QUALITY, champion: 1, littleGiant: 1, specialised: 3 },
  avgRdIntensity: 0.02,
  ecosystem: ['incubator', 'industryFund'],
});

function platform(stage: Stage, changes: Partial<PlatformFacts> = {}, platformKind: 'comprehensive' | 'professional' = 'comprehensive'): AssessmentSubject {
  return { carrier: 'platform', platformKind, stage, region: '440200', facts: { ...platformAt(stage), ...changes } };
}
function base(stage: Stage, changes: Partial<BaseFacts> = {}): AssessmentSubject {
  return { carrier: 'base', stage, facts: { ...baseAt(stage), ...changes } };
}
function indicator(subject: AssessmentSubject, code: string): IndicatorResult {
  const found = evaluateStandards(SET, subject).indicators.find((i) => i.code === code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
}

describe('a platform exactly at every threshold passes; qualitative indicators are left to experts', () => {
  it.each<Stage>(['creation', 'certification'])('%s', (stage) => {
    const result = evaluateStandards(SET, platform(stage));
    expect(result.standardVersion).toBe('guangdong-2025-v1');
    expect(result.passed).toBe(true);
    expect(Object.fromEntries(result.indicators.map((i) => [i.code, i.passed]))).toEqual({
      'platform.digitalBase': null,
      'platform.convenience': null,
      'platform.operations': null,
      'platform.serviceFunctions': true,
      'platform.resources': true,
      'platform.interconnection': null,
      'platform.servedEnterprises': true,
      'platform.coverage': true,
      'platform.satisfaction': true,
      'platform.offlineEvents': true,
    });
  });
});

describe('platform thresholds: one below fails, and the whole assessment fails with it', () => {
  it.each<[Stage, string, Partial<PlatformFacts>]>([
    ['creation', 'platform.servedEnterprises', { servedEnterprises: 999 }],
    ['creation', 'platform.coverage', { coveredDivisions: SHAOGUAN_COUNTIES.slice(0, 2) }],
    ['creation', 'platform.satisfaction', { satisfiedAnswers: 79 }],
    ['creation', 'platform.satisfaction', { satisfiedAnswers: 0, totalAnswers: 0 }],
    ['creation', 'platform.offlineEvents', { eventParticipants: [15, 15, 15, 15, 14, 3] }],
    ['creation', 'platform.serviceFunctions', { serviceContents: [...COMPREHENSIVE.slice(0, 2), COMPREHENSIVE[0] ?? ''] }],
    ['creation', 'platform.resources', { resourceCount: 79 }],
    ['creation', 'platform.convenience', { hasPcEntry: false }],
    ['certification', 'platform.servedEnterprises', { servedEnterprises: 2999 }],
    ['certification', 'platform.coverage', { coveredDivisions: SHAOGUAN_COUNTIES.slice(0, 4) }],
    ['certification', 'platform.satisfaction', { satisfiedAnswers: 89 }],
    ['certification', 'platform.offlineEvents', { eventParticipants: [...Array.from({ length: 9 }, () => 15), 14] }],
    ['certification', 'platform.serviceFunctions', { serviceContents: COMPREHENSIVE.slice(0, 5) }],
    ['certification', 'platform.resources', { resourceCount: 149 }],
    ['certification', 'platform.convenience', { hasMobileEntry: false }],
    ['certification', 'platform.convenience', { hasPcEntry: false }],
    ['certification', 'platform.convenience', { registrationMinutes: 8.01 }],
  ])('%s %s with %j', (stage, code, changes) => {
    const subject = platform(stage, changes);
    expect(indicator(subject, code).passed).toBe(false);
    expect(evaluateStandards(SET, subject).passed).toBe(false);
  });

  it.each<[Stage, string, Partial<PlatformFacts>, boolean | null]>([
    ['creation', 'platform.servedEnterprises', { servedEnterprises: 1001 }, true],
    ['creation', 'platform.coverage', { coveredDivisions: ['440203', '440203', '440204', '440205'] }, true],
    ['certification', 'platform.convenience', { registrationMinutes: null }, null],
    ['certification', 'platform.convenience', { registrationMinutes: 7.99 }, null],
    ['creation', 'platform.convenience', { hasMobileEntry: false, registrationMinutes: 60 }, null],
  ])('%s %s with %j → %s', (stage, code, changes, expected) => {
    expect(indicator(platform(stage, changes), code).passed).toBe(expected);
  });
});

describe('the indicator shape of DESIGN §7', () => {
  it('explains a failed count in Chinese', () => {
    expect(indicator(platform('creation', { servedEnterprises: 999 }), 'platform.servedEnterprises')).toEqual({
      code: 'platform.servedEnterprises',
      name: '服务企业情况',
      type: '定量',
      required: '年服务中小企业1000家以上。',
      actual: 999,
      passed: false,
      reason: '年服务中小企业数量999家，未达到“年服务中小企业1000家以上”的要求',
    });
  });

  it('reports coverage as a fraction with the counted divisions', () => {
    const result = indicator(platform('creation', { coveredDivisions: ['440203', '440204', '440205', '440305'] }), 'platform.coverage');
    expect(result).toMatchObject({ actual: 0.3, passed: true });
    expect(result.reason).toBe(
      '服务对下一级行政区覆盖面30%（覆盖下一级行政区3个，共10个；不在本区域下一级行政区内、未计入：440305），达到“服务对下一级行政区覆盖面30%以上”的要求',
    );
  });

  it('fails a mixed indicator whose quantitative part fails, and says experts judge the rest', () => {
    const result = indicator(platform('certification', { hasMobileEntry: false, registrationMinutes: 9 }), 'platform.convenience');
    expect(result.passed).toBe(false);
    expect(result.actual).toBe('电脑端服务入口：具备；移动端服务入口：不具备；注册流程用时：9分钟');
    expect(result.reason).toContain('不具备移动端服务入口');
    expect(result.reason).toContain('注册流程用时9分钟，未达到“用户无需注册或注册流程在8分钟以内完成”的要求');
    expect(result.reason).toMatch(/其余方面由专家评审/);
  });

  it('leaves a qualitative indicator to experts with no actual value', () => {
    expect(indicator(platform('creation'), 'platform.interconnection')).toMatchObject({ type: '定性', actual: null, passed: null, reason: '由专家评审并书面说明理由' });
  });

  it('counts only the service items of the platform kind', () => {
    const professional = platform('creation', { serviceContents: ['数字化转型', '知识产权', '创业指导'] }, 'professional');
    expect(indicator(professional, 'platform.serviceFunctions')).toMatchObject({ actual: 2, passed: false });
  });
});

describe('base indicators and the quality-enterprise formula (Attachment 2, 指标解释说明 2)', () => {
  it.each<Stage>(['creation', 'certification'])('a base exactly at every threshold passes at %s', (stage) => {
    const result = evaluateStandards(SET, base(stage));
    expect(result.passed).toBe(true);
    expect(result.indicators.map((i) => i.name)).toEqual(['产业发展情况', '入驻优质企业占比', '入驻企业创新发展情况', '入驻中小企业数量', '创业创新服务生态情况', '服务企业情况', '配套设施情况', '运营管理和服务能力']);
  });

  it.each<[Stage, string, Partial<BaseFacts>, boolean | null]>([
    ['creation', 'base.industry', { leadingIndustryRevenueShare: 0.4999 }, false],
    ['creation', 'base.industry', { leadingIndustryRevenueShare: 0.5 }, null],
    ['certification', 'base.industry', { leadingIndustryRevenueShare: 0.5999 }, false],
    ['creation', 'base.innovation', { avgRdIntensity: 0.0199 }, false],
    ['creation', 'base.innovation', { avgRdIntensity: 0.02 }, null],
    ['certification', 'base.innovation', { avgRdIntensity: 0.0199 }, null],
    ['creation', 'base.residentSmes', { enterpriseCount: 79 }, false],
    ['creation', 'base.residentSmes', { enterpriseCount: 80 }, true],
    ['certification', 'base.residentSmes', { enterpriseCount: 99 }, false],
    ['certification', 'base.residentSmes', { enterpriseCount: 100 }, true],
    ['creation', 'base.ecosystem', { ecosystem: ['incubator'] }, false],
    ['creation', 'base.ecosystem', { ecosystem: ['incubator', 'incubator'] }, false],
    ['creation', 'base.ecosystem', { ecosystem: ['techPlatform', 'industryFund'] }, null],
    ['certification', 'base.ecosystem', { ecosystem: [] }, null],
  ])('%s %s with %j → %s', (stage, code, changes, expected) => {
    expect(indicator(base(stage, changes), code).passed).toBe(expected);
  });

  it.each<[string, Stage, number, Partial<BaseFacts['qualityEnterprises']>, number | null, boolean]>([
    ['exactly 25% fails (超过)', 'creation', 100, { champion: 1, specialised: 2, highTech: 1 }, 0.25, false],
    ['26% passes', 'creation', 100, { champion: 1, specialised: 2, highTech: 1, techSme: 1 }, 0.26, true],
    ['25.0001% passes', 'creation', 1_000_000, { champion: 12_500, innovativeSme: 1 }, 0.250001, true],
    ['24% fails', 'creation', 100, { littleGiant: 2, highTech: 4 }, 0.24, false],
    ['exactly 35% fails (超过)', 'certification', 100, { littleGiant: 3, highTech: 5 }, 0.35, false],
    ['36% passes', 'certification', 100, { littleGiant: 3, highTech: 5, techSme: 1 }, 0.36, true],
    ['no enterprises cannot pass', 'creation', 0, {}, null, false],
  ])('%s', (_label, stage, enterpriseCount, quality, actual, passed) => {
    const result = indicator(base(stage, { enterpriseCount, qualityEnterprises: { ...NO_QUALITY, ...quality } }), 'base.qualityEnterprises');
    expect(result.actual).toBe(actual);
    expect(result.passed).toBe(passed);
  });

  it('explains the weighted count', () => {
    const result = indicator(base('creation', { enterpriseCount: 100, qualityEnterprises: { ...NO_QUALITY, champion: 1, specialised: 2, highTech: 1 } }), 'base.qualityEnterprises');
    expect(result.reason).toBe('优质企业数量占比（加权）25%（加权优质企业数25，基地企业数100），未达到“优质企业数量占比超过25%”的要求');
  });
});

describe('formatPercent never prints a neighbour of the threshold as the threshold', () => {
  it.each([
    [0.25, 0.25, '25%'],
    [0.250001, 0.25, '25.0001%'],
    [0.2499, 0.25, '24.99%'],
    [1 / 3, 0.3, '33.3%'],
    [0.3, 0.3, '30%'],
    [1, 0.8, '100%'],
    [0, 0.8, '0%'],
  ])('%d against %d → %s', (value, threshold, expected) => {
    expect(formatPercent(value, threshold)).toBe(expected);
  });
});
