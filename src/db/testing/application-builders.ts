// Builders for the application half of the programme (F3): a published call, a complete application content,
// and an application already in a given state, so a test of the city or province steps need not drive every
// earlier step through the API. Each call gets a year no other test uses.
import { randomBytes } from 'node:crypto';
import type { ApplicationContent } from '../../domain/applications/application-content';
import type { CallContent } from '../../domain/calls/annual-call';
import { NEW_APPLICATION_FACTS, type LifecycleFacts } from '../../domain/lifecycle/context';
import type { LifecycleState } from '../../domain/lifecycle/states';
import type { Db } from '../client';
import { applicationsRepository, type ApplicationRow } from '../repositories/applications.repository';
import { callsRepository, type CallRow } from '../repositories/calls.repository';
import { annualCalls } from '../schema/index';
import { sql } from 'drizzle-orm';

export function buildCallContent(overrides: Partial<CallContent> = {}): CallContent {
  const year = overrides.year ?? 2026;
  return {
    year,
    title: `关于开展${year}年度广东省中小企业公共服务示范平台（基地）创建工作的通知`,
    text: '各地级以上市中小企业主管部门：\n现就创建工作通知如下。申请创建不收取任何费用。',
    creationQuota: 30,
    cityCaps: {},
    opensOn: `${year}-03-02`,
    closesOn: `${year}-04-30`,
    cityReviewDeadline: `${year}-05-29`,
    standardVersion: 'guangdong-2025-v1',
    criterionWeights: { 'plan.content': 20, 'plan.innovation': 20, 'plan.demonstration': 20, 'plan.path': 15, 'plan.expectedResults': 15, 'plan.support': 10 },
    maxScore: 10,
    ...overrides,
  };
}

/** Inserts a published call. A test database is fresh, so years only need to differ within one test. */
export async function createPublishedCall(db: Db, createdBy: string, overrides: Partial<CallContent> = {}): Promise<CallRow> {
  const now = new Date('2026-01-05T02:00:00Z');
  const draft = await callsRepository.insertDraft(db, { ...buildCallContent(overrides), copiedFromId: null, createdBy, now });
  const published = await callsRepository.publish(db, draft.id, createdBy, now);
  if (!published) throw new Error(`a call for ${draft.year} is already published in this database`);
  return published;
}

/** A platform application that passes every check of findMissingParts (materials aside). */
export function buildApplicationContent(overrides: Partial<ApplicationContent> = {}): ApplicationContent {
  return {
    name: `测试中小企业综合服务平台${randomBytes(2).toString('hex')}`,
    carrier: 'platform',
    platformKind: 'comprehensive',
    serviceLevel: 'city',
    region: '440100',
    operatingSince: '2018-05-01',
    hasPublicServiceMandate: false,
    summary: '平台面向全市中小企业提供政策、融资、培训等综合服务。',
    plan: {
      goals: [
        { indicatorCode: 'platform.servedEnterprises', target: '年服务中小企业3000家以上' },
        { indicatorCode: 'platform.satisfaction', target: '服务满意度达到90%以上' },
      ],
      tasks: [
        { title: '建设线上服务大厅', startsIn: '2026-07', endsIn: '2027-06', description: '完成PC端和移动端入口建设。' },
        { title: '开展专精特新培育', startsIn: '2026-09', endsIn: '2028-06', description: '每年举办线下活动10场以上。' },
      ],
      practices: [
        { title: '政策精准推送', description: '按企业画像推送惠企政策。' },
        { title: '服务券联动', description: '与区级服务券联动，降低企业成本。' },
      ],
      modules: ['政策库', '服务机构库', '诉求受理'],
      support: '设立专项资金500万元，专职服务人员20名。',
    },
    facts: {
      servedEnterprises: 1200,
      coveredDivisions: ['440103', '440104', '440105', '440106', '440111'],
      satisfiedAnswers: 85,
      totalAnswers: 100,
      eventParticipants: [20, 18, 30, 16, 25],
      serviceContents: ['创业指导', '管理咨询', '人才培训'],
      resourceCount: 90,
      hasPcEntry: true,
      hasMobileEntry: false,
      registrationMinutes: 5,
    },
    ...overrides,
  };
}

export interface CreateApplicationOptions {
  callId: string;
  organisationId: string;
  cityCode: string;
  state?: LifecycleState;
  facts?: Partial<LifecycleFacts>;
  content?: ApplicationContent;
  applicationNumber?: string | null;
  createdBy?: string | null;
}

/**
 * Inserts an application directly in a state (tests of later steps). States after submission get an
 * application number and submitted version 1 so lists and notices look as they would.
 */
export async function createApplication(db: Db, options: CreateApplicationOptions): Promise<ApplicationRow> {
  const content = options.content ?? buildApplicationContent();
  const state = options.state ?? 'draft';
  const [call] = await db.select({ year: annualCalls.year, standardVersion: annualCalls.standardVersion }).from(annualCalls).where(sql`${annualCalls.id} = ${options.callId}`);
  if (!call) throw new Error('createApplication: no such call');
  const isSubmitted = state !== 'draft';
  return applicationsRepository.insert(db, {
    callId: options.callId,
    organisationId: options.organisationId,
    cityCode: options.cityCode,
    name: content.name,
    carrier: content.carrier,
    state,
    facts: { ...NEW_APPLICATION_FACTS, ...options.facts },
    content: content as unknown as Record<string, unknown>,
    standardVersion: call.standardVersion,
    applicationNumber: options.applicationNumber === undefined ? (isSubmitted ? `GD${call.year}-${options.cityCode}-${randomBytes(3).toString('hex')}` : null) : options.applicationNumber,
    submittedVersion: isSubmitted ? 1 : 0,
    createdBy: options.createdBy ?? null,
  });
}
