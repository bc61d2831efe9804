import { describe, expect, it } from 'vitest';
import { zApplicationDraft } from '../../../../src/contracts/applications';
import type { ApplicationContent } from '../../../../src/domain/applications/application-content';
import { fromDraft, toDraft, toWizardPath } from './wizard-values';

// The same shape as src/db/testing/application-builders (the web may not import the database layer).
const buildApplicationContent = (overrides: Partial<ApplicationContent> = {}): ApplicationContent => ({
  name: '测试中小企业综合服务平台',
  carrier: 'platform',
  platformKind: 'comprehensive',
  serviceLevel: 'city',
  region: '440100',
  operatingSince: '2018-05-01',
  hasPublicServiceMandate: false,
  summary: '平台面向全市中小企业提供综合服务。',
  plan: {
    goals: [{ indicatorCode: 'platform.servedEnterprises', target: '年服务中小企业3000家以上' }],
    tasks: [{ title: '建设线上服务大厅', startsIn: '2026-07', endsIn: '2027-06', description: '完成PC端和移动端入口建设。' }],
    practices: [
      { title: '政策精准推送', description: '按企业画像推送惠企政策。' },
      { title: '服务券联动', description: '与区级服务券联动。' },
    ],
    modules: ['政策库', '诉求受理'],
    support: '设立专项资金，专职服务人员20名。',
  },
  facts: {
    servedEnterprises: 1200,
    coveredDivisions: ['440103', '440104'],
    satisfiedAnswers: 85,
    totalAnswers: 100,
    eventParticipants: [20, 18],
    serviceContents: ['创业指导'],
    resourceCount: 90,
    hasPcEntry: true,
    hasMobileEntry: false,
    registrationMinutes: 5,
  },
  ...overrides,
});

describe('wizard values ↔ application draft', () => {
  it('round-trips a complete platform application', () => {
    const content = buildApplicationContent();
    expect(toDraft(fromDraft(content))).toEqual(content);
  });

  it('round-trips a base, shares as percentages in the form', () => {
    const content = buildApplicationContent({
      carrier: 'base',
      platformKind: null,
      facts: { enterpriseCount: 100, leadingIndustryRevenueShare: 0.55, avgRdIntensity: 0.031, ecosystem: ['incubator'], qualityEnterprises: { champion: 1, littleGiant: 2, specialised: 3, highTech: 4, techSme: 5, innovativeSme: 6 } },
    });
    const values = fromDraft(content);
    expect(values.facts?.leadingIndustryRevenueShare).toBe(55);
    expect(toDraft(values).facts).toEqual(content.facts);
  });

  it('keeps a no-registration platform as null minutes', () => {
    const content = buildApplicationContent();
    const values = fromDraft({ ...content, facts: { ...content.facts, registrationMinutes: null } });
    expect(values.noRegistration).toBe(true);
    expect(toDraft(values).facts).toMatchObject({ registrationMinutes: null });
  });

  it('saves a half-filled draft that the server schema accepts', () => {
    const draft = toDraft({ carrier: 'platform', name: '平台', plan: { goals: [{}], tasks: [{ title: '任务' }] }, facts: { servedEnterprises: 10, totalAnswers: null, eventParticipants: [3, null] } });
    expect(draft.facts).toEqual({ servedEnterprises: 10, eventParticipants: [3], coveredDivisions: [], serviceContents: [], hasPcEntry: false, hasMobileEntry: false });
    expect(zApplicationDraft.safeParse(draft).success).toBe(true);
  });

  it('maps server paths content.x onto form fields', () => {
    expect(toWizardPath(['content', 'plan', 'tasks', 0, 'startsIn'])).toEqual(['plan', 'tasks', 0, 'startsIn']);
    expect(toWizardPath(['materials', 'licence'])).toEqual(['materials', 'licence']);
  });
});
