import { describe, expect, it } from 'vitest';
import type { BaseFacts, PlatformFacts } from '../standards/facts';
import { CURRENT_STANDARD_SET as SET } from '../standards/standard-sets';
import { creationPeriod } from './creation-period';
import { buildIndicatorDashboard, isYearlyIndicator, lowestSatisfiedAnswer, WHOLE_PERIOD_NOTE, WHOLE_PERIOD_YEARLY_NOTE, type DashboardRow } from './indicator-dashboard';

const period = creationPeriod({ creationPeriodEndsOn: '2028-01-05', isExtended: false })!;
const [YEAR_1] = period.years;
const COMPREHENSIVE = SET.serviceItems.comprehensive;
// 韶关 (440200) has 10 counties: 3 covered is exactly 30%, 5 exactly 50%.
const SHAOGUAN = ['440203', '440204', '440205', '440222', '440224'];

const platformFacts = (changes: Partial<PlatformFacts> = {}): PlatformFacts => ({
  servedEnterprises: 1000,
  coveredDivisions: SHAOGUAN.slice(0, 3),
  satisfiedAnswers: 80,
  totalAnswers: 100,
  eventParticipants: [15, 15, 15, 15, 15],
  serviceContents: COMPREHENSIVE.slice(0, 3),
  resourceCount: 80,
  hasPcEntry: true,
  hasMobileEntry: false,
  registrationMinutes: null,
  ...changes,
});

function platformRows(facts: PlatformFacts, window = YEAR_1!): Map<string, DashboardRow> {
  const dashboard = buildIndicatorDashboard({ set: SET, subject: { carrier: 'platform', platformKind: 'comprehensive', region: '440200', facts }, window });
  return new Map(dashboard.rows.map((row) => [row.code, row]));
}

describe('each indicator is checked against both the creation and the certification rule', () => {
  // Exactly at the creation thresholds, below the certification ones.
  it.each([
    ['platform.servedEnterprises', '1000家', true, false],
    ['platform.coverage', '30%', true, false],
    ['platform.satisfaction', '80%', true, false],
    ['platform.offlineEvents', '5次', true, false],
    ['platform.serviceFunctions', '3项', true, false],
    ['platform.resources', '80家（人）', true, false],
  ])('%s at the creation threshold: %s, creation %s, certification %s', (code, actualText, creation, certification) => {
    const row = platformRows(platformFacts()).get(code)!;
    expect(row.actualText).toBe(actualText);
    expect(row.creation.passed).toBe(creation);
    expect(row.certification.passed).toBe(certification);
  });

  it.each([
    ['platform.servedEnterprises', { servedEnterprises: 999 }, false, '999家'],
    ['platform.coverage', { coveredDivisions: SHAOGUAN.slice(0, 2) }, false, '20%'],
    ['platform.satisfaction', { satisfiedAnswers: 79 }, false, '79%'],
    ['platform.offlineEvents', { eventParticipants: [15, 15, 15, 15, 14] }, false, '4次'],
    ['platform.serviceFunctions', { serviceContents: COMPREHENSIVE.slice(0, 2) }, false, '2项'],
    ['platform.resources', { resourceCount: 79 }, false, '79家（人）'],
  ])('%s one below the creation threshold fails both stages', (code, changes, creation, actualText) => {
    const row = platformRows(platformFacts(changes)).get(code)!;
    expect(row.creation.passed).toBe(creation);
    expect(row.certification.passed).toBe(false);
    expect(row.actualText).toBe(actualText);
  });

  it.each([
    ['platform.servedEnterprises', { servedEnterprises: 3000 }],
    ['platform.coverage', { coveredDivisions: SHAOGUAN }],
    ['platform.satisfaction', { satisfiedAnswers: 90 }],
    ['platform.offlineEvents', { eventParticipants: Array.from({ length: 10 }, () => 15) }],
    ['platform.serviceFunctions', { serviceContents: COMPREHENSIVE.slice(0, 6) }],
    ['platform.resources', { resourceCount: 150 }],
  ])('%s exactly at the certification threshold passes both stages', (code, changes) => {
    const row = platformRows(platformFacts(changes)).get(code)!;
    expect([row.creation.passed, row.certification.passed]).toEqual([true, true]);
  });

  it('entry points: creation needs the PC entry, certification also a mobile entry and registration within 8 minutes', () => {
    const at8 = platformRows(platformFacts({ hasMobileEntry: true, registrationMinutes: 8 })).get('platform.convenience')!;
    expect([at8.creation.passed, at8.certification.passed]).toEqual([null, null]);
    expect(at8.actualText).toBe('电脑端服务入口：具备；移动端服务入口：具备；注册流程用时：8分钟');
    const over8 = platformRows(platformFacts({ hasMobileEntry: true, registrationMinutes: 8.5 })).get('platform.convenience')!;
    expect([over8.creation.passed, over8.certification.passed]).toEqual([null, false]);
    const noPc = platformRows(platformFacts({ hasPcEntry: false })).get('platform.convenience')!;
    expect([noPc.creation.passed, noPc.certification.passed]).toEqual([false, false]);
  });

  it('qualitative indicators are left to experts in both stages, with the data notes attached', () => {
    const dashboard = buildIndicatorDashboard({
      set: SET,
      subject: { carrier: 'platform', platformKind: 'comprehensive', region: '440200', facts: platformFacts() },
      window: YEAR_1!,
      indicatorNotes: { 'platform.digitalBase': ['中小企业库：100条（2026-01-05）'] },
    });
    const digital = dashboard.rows.find((r) => r.code === 'platform.digitalBase')!;
    expect([digital.creation.passed, digital.certification.passed, digital.actualText]).toEqual([null, null, '—']);
    expect(digital.notes).toEqual(['中小企业库：100条（2026-01-05）']);
    expect(dashboard.isCreationMet).toBe(true);
    expect(dashboard.isCertificationMet).toBe(false);
  });
});

describe('the whole period', () => {
  it('shows the yearly indicators with a note that their thresholds are yearly; other indicators carry no such note', () => {
    const dashboard = buildIndicatorDashboard({ set: SET, subject: { carrier: 'platform', platformKind: 'comprehensive', region: '440200', facts: platformFacts() }, window: period.whole });
    const yearly = dashboard.rows.filter((r) => r.isYearly).map((r) => r.code);
    expect(yearly).toEqual(['platform.servedEnterprises', 'platform.offlineEvents']);
    for (const row of dashboard.rows) expect(row.notes.includes(WHOLE_PERIOD_YEARLY_NOTE)).toBe(row.isYearly);
    expect(dashboard.notes).toContain(WHOLE_PERIOD_NOTE);
  });

  it('a single year carries no whole-period note', () => {
    const dashboard = buildIndicatorDashboard({ set: SET, subject: { carrier: 'platform', platformKind: 'comprehensive', region: '440200', facts: platformFacts() }, window: YEAR_1! });
    expect(dashboard.notes).toEqual([]);
    expect(dashboard.rows.every((r) => !r.notes.includes(WHOLE_PERIOD_YEARLY_NOTE))).toBe(true);
  });

  it('satisfied answers are 4 and 5 of the five-point scale', () => {
    expect(lowestSatisfiedAnswer(SET)).toBe(4);
  });

  it('only thresholds written per year count as yearly', () => {
    expect(SET.indicators.filter(isYearlyIndicator).map((i) => i.code)).toEqual(['platform.servedEnterprises', 'platform.offlineEvents']);
  });
});

describe('a base', () => {
  const NO_QUALITY = { champion: 0, littleGiant: 0, specialised: 0, highTech: 0, techSme: 0, innovativeSme: 0 };
  const baseFacts = (changes: Partial<BaseFacts> = {}): BaseFacts => ({
    enterpriseCount: 80,
    leadingIndustryRevenueShare: 0.5,
    // (1×20 + 0) / 80 = 25%: "超过25%" fails at exactly 25%.
    qualityEnterprises: { ...NO_QUALITY, champion: 1 },
    avgRdIntensity: 0.02,
    ecosystem: ['incubator', 'industryFund'],
    ...changes,
  });
  const rows = (facts: BaseFacts) =>
    new Map(buildIndicatorDashboard({ set: SET, subject: { carrier: 'base', facts }, window: YEAR_1!, notes: ['按2026年度入驻企业数据计算'] }).rows.map((r) => [r.code, r]));

  it.each([
    ['base.residentSmes', '80 enterprises', '80家', true, false, baseFacts()],
    ['base.residentSmes', '100 enterprises', '100家', true, true, baseFacts({ enterpriseCount: 100, qualityEnterprises: { ...NO_QUALITY, champion: 2 } })],
    ['base.industry', 'share exactly 50%', '50%', null, false, baseFacts()],
    ['base.industry', 'share 49.99%', '49.99%', false, false, baseFacts({ leadingIndustryRevenueShare: 0.4999 })],
    ['base.qualityEnterprises', 'exactly 25% (超过 excludes it)', '25%', false, false, baseFacts()],
    ['base.qualityEnterprises', '21/80', '26.3%', true, false, baseFacts({ qualityEnterprises: { ...NO_QUALITY, champion: 1, techSme: 1 } })],
    ['base.innovation', 'R&D intensity exactly 2%', '2%', null, null, baseFacts()],
    ['base.innovation', 'R&D intensity 1.99%', '1.99%', false, null, baseFacts({ avgRdIntensity: 0.0199 })],
    ['base.ecosystem', 'two carriers', '2类', null, null, baseFacts()],
    ['base.ecosystem', 'one carrier', '1类', false, null, baseFacts({ ecosystem: ['incubator'] })],
  ])('%s, %s: %s → creation %s, certification %s', (code, _case, actualText, creation, certification, facts) => {
    const row = rows(facts).get(code)!;
    expect(row.actualText).toBe(actualText);
    expect([row.creation.passed, row.certification.passed]).toEqual([creation, certification]);
  });
});
