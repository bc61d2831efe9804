// 年度工作报告 (F8 item 3) through HTTP: the .docx opens, holds the year's figures of the data built here — the call,
// applications by city in division-code order, creation objects at the year's end, certificates in certificate
// order, re-review outcomes, revocations with their published reasons — and its charts as PNG; a city officer gets
// its own city only and is refused another; a year without a published call and malformed input are 400.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import type { ApplicationRow } from '../../db/repositories/applications.repository';
import { buildApplicationContent, createApplication, createPublishedCall } from '../../db/testing/application-builders';
import { createOrganisation } from '../../db/testing/builders';
import { certifyEntries, recordHistory, reReviewRound } from '../../db/testing/programme-report-fixtures';
import type { LifecycleState } from '../../domain/lifecycle/states';
import { DOCX_MEDIA_TYPE } from '../documents/docx-media-type';
import { documentXml } from '../testing/notice-fixtures';
import { createTestApp, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let province: SignedIn;
let gz: SignedIn;
let sz: SignedIn;
let callId: string;
const GZ = '440100';
const SZ = '440300';

async function application(call: string, cityCode: string, state: LifecycleState, content: Parameters<typeof buildApplicationContent>[0] = {}): Promise<ApplicationRow> {
  const organisation = await createOrganisation(t.database.db, { cityCode });
  return createApplication(t.database.db, { callId: call, organisationId: organisation.id, cityCode, state, content: buildApplicationContent({ region: cityCode, ...content }) });
}

beforeAll(async () => {
  t = await createTestApp(new Date('2032-03-01T02:00:00Z'));
  province = await t.signIn('province');
  gz = await t.signIn('city', { cityCode: GZ });
  sz = await t.signIn('city', { cityCode: SZ });
  const db = t.database.db;
  const call = await createPublishedCall(db, province.userId, { year: 2031, title: '关于开展2031年度示范平台（基地）创建工作的通知', creationQuota: 12 });
  callId = call.id;
  const older = (await createPublishedCall(db, province.userId, { year: 2028 })).id;

  // The 2031 call: 广州 3 submitted, 2 recommended, 1 shortlisted (now creating); 深圳 2 submitted, 1 recommended.
  await application(call.id, GZ, 'submitted', { name: '广州提交平台' });
  await application(call.id, GZ, 'recommended', { platformKind: 'professional', name: '广州推荐平台' });
  const confirmed = await application(call.id, GZ, 'creating', { carrier: 'base', name: '广州创建基地' });
  await recordHistory(db, confirmed.id, [
    { event: 'recommend', fromState: 'submitted', toState: 'recommended', at: '2031-05-20T02:00:00Z' },
    { event: 'shortlist', fromState: 'recommended', toState: 'shortlisted', at: '2031-07-01T02:00:00Z' },
    { event: 'confirm_creation', fromState: 'creation_publicity', toState: 'creating', at: '2031-09-10T02:00:00Z' },
  ]);
  await application(call.id, SZ, 'city_rejected', { name: '深圳未推荐平台' });
  const rejected = await application(call.id, SZ, 'province_rejected', { name: '深圳省审未过平台' });
  await recordHistory(db, rejected.id, [{ event: 'recommend', fromState: 'submitted', toState: 'recommended', at: '2031-05-21T02:00:00Z' }]);
  await application(call.id, SZ, 'draft', { name: '深圳草稿平台' });

  // A 2028 creation object confirmed in 2029 that applied for acceptance only in 2032: in creation at 2031's end.
  const longRunning = await application(older, GZ, 'acceptance_submitted', { name: '广州长期创建平台' });
  await recordHistory(db, longRunning.id, [
    { event: 'confirm_creation', fromState: 'creation_publicity', toState: 'creating', at: '2029-03-01T02:00:00Z' },
    { event: 'submit_acceptance', fromState: 'creating', toState: 'acceptance_submitted', at: '2032-01-10T02:00:00Z' },
  ]);
  const exited = await application(older, GZ, 'exited', { name: '广州退出平台' });
  await recordHistory(db, exited.id, [{ event: 'fail_acceptance', fromState: 'acceptance_review', toState: 'exited', at: '2031-04-02T02:00:00Z', reason: '再次验收未通过' }]);

  // Certified on 2031-06-15, in the announcement's order: 广州 platform, 深圳 base, 广州 platform.
  const c1 = await application(older, GZ, 'certified', { name: '广州认定平台甲' });
  const c2 = await application(older, SZ, 'certified', { carrier: 'base', name: '深圳认定基地' });
  const c3 = await application(older, GZ, 'certified', { name: '广州认定平台乙' });
  await certifyEntries(db, older, '2031-06-15', [
    { applicationId: c1.id, carrier: 'platform' },
    { applicationId: c2.id, carrier: 'base' },
    { applicationId: c3.id, carrier: 'platform' },
  ]);

  // The 2031 re-review round: 广州 passed, 深圳 to rectify, 广州 revoked after rectification (with its public reason).
  const passed = await application(older, GZ, 'certified', { name: '广州复核合格平台' });
  const rectifying = await application(older, SZ, 'rectifying', { name: '深圳整改平台' });
  const revoked = await application(older, GZ, 'revoked', { name: '广州撤销平台' });
  await reReviewRound(db, 2031, '2031-03-01', [
    { applicationId: passed.id, outcome: 'passed' },
    { applicationId: rectifying.id, outcome: 'failed' },
    { applicationId: revoked.id, outcome: 'failed', isAfterRectification: true },
  ]);
  await recordHistory(db, revoked.id, [{ event: 'fail_re_review', fromState: 're_review', toState: 'revoked', at: '2031-10-01T02:00:00Z', reason: '连续两次复核不达标', isReasonPublic: true }]);
  const cancelled = await application(older, SZ, 'creation_cancelled', { name: '深圳取消平台' });
  await recordHistory(db, cancelled.id, [
    { event: 'cancel_creation', fromState: 'creating', toState: 'creation_cancelled', at: '2031-05-05T02:00:00Z', reason: '经查实申报数据弄虚作假', isReasonPublic: true },
  ]);
  // Revoked in 2030: not this year's.
  const earlier = await application(older, SZ, 'revoked', { name: '深圳往年撤销平台' });
  await recordHistory(db, earlier.id, [{ event: 'revoke_certification', fromState: 'certified', toState: 'revoked', at: '2030-12-31T15:00:00Z', reason: '往年理由', isReasonPublic: true }]);
}, 180_000); // About twenty platforms and bases with their history: more than the default on a busy machine.
afterAll(async () => t.close());

const report = (who: SignedIn | null, query: string) =>
  t.app.inject({ method: 'GET', url: `/api/oversight/report.docx?${query}`, headers: who ? { cookie: who.cookie } : {} });

/** The document's text runs in order, and the names of the files in the package. */
function open(docx: Buffer): { texts: string[]; media: string[] } {
  const xml = documentXml(docx);
  const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1] ?? '');
  const dir = mkdtempSync(path.join(tmpdir(), 'programme-report-'));
  try {
    writeFileSync(path.join(dir, 'report.docx'), docx);
    const listing = execFileSync('unzip', ['-Z1', path.join(dir, 'report.docx')], { encoding: 'utf8' });
    return { texts, media: listing.split('\n').filter((name) => name.startsWith('word/media/')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The certificate numbers listed, in the order listed. */
const certificates = (texts: string[]): string[] =>
  texts.filter((text) => text.startsWith('粤中小示范')).flatMap((text) => text.replace(/。$/, '').split('；')).map((entry) => entry.split('\u3000')[0] ?? '');

/** The cells after `label` in the table that follows `title`. */
function rowAfter(texts: string[], title: string, label: string, cells: number): string[] {
  const from = texts.findIndex((text) => text.startsWith(title));
  expect(from, title).toBeGreaterThanOrEqual(0);
  const at = texts.indexOf(label, from);
  expect(at, `${label} under ${title}`).toBeGreaterThan(from);
  return texts.slice(at + 1, at + 1 + cells);
}

describe('the province’s yearly report', () => {
  it('is a Word file with the year’s call, figures by city and carrier, stages, certificates, re-reviews, revocations and three charts', async () => {
    const response = await report(province, 'year=2031');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(DOCX_MEDIA_TYPE);
    expect(response.headers['content-disposition']).toContain('programme-report-2031-province.docx');
    const { texts, media } = open(response.rawPayload);
    const all = texts.join('');
    expect(all).toContain('2031年度广东省中小企业公共服务示范平台（基地）创建工作报告');
    expect(all).toContain('统计范围：全省');
    expect(all).toContain('统计截至：2031年12月31日');
    expect(all).toContain('《关于开展2031年度示范平台（基地）创建工作的通知》，申报时间为2031年3月2日至2031年4月30日');
    expect(all).toContain('共有5个平台（基地）提交申报，经地市初审推荐3个，经省级审核、专家评审确定拟创建对象1个（创建名额12个）');
    expect(rowAfter(texts, '表1', '广州市', 3)).toEqual(['3', '2', '1']);
    expect(rowAfter(texts, '表1', '深圳市', 3)).toEqual(['2', '1', '0']);
    // Division-code order: 广州 (440100) before 深圳 (440300) before 湛江 (440800), whatever the figures.
    expect(texts.indexOf('广州市')).toBeLessThan(texts.indexOf('深圳市'));
    expect(rowAfter(texts, '表1', '湛江市', 3)).toEqual(['0', '0', '0']);
    expect(rowAfter(texts, '表2', '综合服务平台', 3)).toEqual(['3', '1', '0']);
    expect(rowAfter(texts, '表2', '专业服务平台', 3)).toEqual(['1', '1', '0']);
    expect(rowAfter(texts, '表2', '示范基地', 3)).toEqual(['1', '1', '1']);
    expect(all).toContain('本年度新确定创建对象1个；初次验收未通过、创建期延长1年的0个；延期后再次验收未通过、退出创建的1个；取消创建资格的1个。');
    expect(rowAfter(texts, '表3', '创建期', 1)).toEqual(['2']);
    expect(rowAfter(texts, '表3', '已申请验收', 1)).toEqual(['0']);
    expect(all).toContain('本年度发文公告认定示范平台2个、示范基地1个');
    expect(certificates(texts)).toEqual(['粤中小示范平台〔2031〕001号', '粤中小示范平台〔2031〕002号', '粤中小示范基地〔2031〕001号']);
    expect(texts).toContain('粤中小示范平台〔2031〕001号\u3000广州认定平台甲（广州市，2031年6月15日）；粤中小示范平台〔2031〕002号\u3000广州认定平台乙（广州市，2031年6月15日）。');
    expect(rowAfter(texts, '表4', '2031年度复核（第一批）', 6)).toEqual(['2031年3月1日', '3', '1', '1', '1', '0']);
    expect(rowAfter(texts, '表5', '合格', 1)).toEqual(['1']);
    expect(rowAfter(texts, '表5', '撤销', 1)).toEqual(['1']);
    expect(rowAfter(texts, '表6', '2031年5月5日', 5)).toEqual(['深圳取消平台', '深圳市', '取消创建资格', '列入严重失信主体名单或经查实数据、资料弄虚作假（第十二条）', '经查实申报数据弄虚作假']);
    expect(rowAfter(texts, '表6', '2031年10月1日', 5)).toEqual(['广州撤销平台', '广州市', '撤销认定命名', '连续两年未通过复核（第十条）', '连续两次复核不达标']);
    expect(all).not.toContain('往年理由');
    expect(media).toHaveLength(3);
    expect(media.every((name) => name.endsWith('.png'))).toBe(true);

    const audit = await auditLogRepository.findByObject(t.database.db, 'annual_call', callId);
    expect(audit.map((entry) => entry.action)).toContain('oversight.report_exported');
  });

  it('narrows to one city when the province asks for it', async () => {
    const { texts } = open((await report(province, 'year=2031&city=440300')).rawPayload);
    expect(texts.join('')).toContain('统计范围：深圳市');
    expect(texts).not.toContain('广州市');
    expect(certificates(texts)).toEqual(['粤中小示范基地〔2031〕001号']);
  });
});

describe('a city officer', () => {
  it('gets its own city only, asked for or not', async () => {
    for (const query of ['year=2031', 'year=2031&city=440100']) {
      const response = await report(gz, query);
      expect(response.statusCode, response.body).toBe(200);
      const { texts } = open(response.rawPayload);
      const all = texts.join('');
      expect(all).toContain('统计范围：广州市');
      expect(all).toContain('共有3个平台（基地）提交申报，经地市初审推荐2个');
      expect(texts).not.toContain('深圳市');
      expect(all).not.toContain('深圳取消平台');
      expect(certificates(texts)).toEqual(['粤中小示范平台〔2031〕001号', '粤中小示范平台〔2031〕002号']);
      expect(rowAfter(texts, '表4', '2031年度复核（第一批）', 6)).toEqual(['2031年3月1日', '2', '1', '0', '1', '0']);
    }
  });

  it('is refused another city’s report (403), never given a wider one', async () => {
    const response = await report(sz, 'year=2031&city=440100');
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'FORBIDDEN', issues: [{ path: 'city' }] });
  });
});

describe('refusals', () => {
  it.each([
    ['a year without a published call', 'year=2030', 'year'],
    ['no year', '', 'year'],
    ['a year that is not a number', 'year=abc', 'year'],
    ['an unknown city', 'year=2031&city=440101', 'city'],
    ['an unknown key', 'year=2031&carrier=base', 'carrier'],
  ])('answers 400 in Chinese for %s', async (_label, query, field) => {
    const response = await report(province, query);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().issues.map((issue: { path: string }) => issue.path)).toContain(field);
    expect(response.json().message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it.each([
    ['applicant', 403],
    ['auditor', 403],
    ['expert', 403],
  ] as const)('refuses the %s', async (role, status) => {
    expect((await report(await t.signIn(role), 'year=2031')).statusCode).toBe(status);
  });

  it('asks an anonymous caller to sign in', async () => {
    expect((await report(null, 'year=2031')).statusCode).toBe(401);
  });
});
