// 申报 through the HTTP API, part 2: submission (Art. 7(1)) — window, completeness, Art. 5, numbering, versions
// with hash and Word form, one submission for a double click, resubmission after a return, withdrawal.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { notificationsRepository } from '../../db/repositories/notifications.repository';
import { buildApplicationContent } from '../../db/testing/application-builders';
import { canonicalJson } from '../../domain/applications/canonical-json';
import { applicationApi, PDF_BYTES } from '../testing/application-requests';
import { createTestApp, type TestApp } from '../testing/test-app';
import { applyApplicationEvent, lockApplication } from '../use-cases/apply-application-event';
import type { RequestContext } from '../use-cases/context';

let t: TestApp;
let api: ReturnType<typeof applicationApi>;
let year = 2070;
const NOW = new Date('2026-11-28T02:00:00Z');
beforeAll(async () => {
  t = await createTestApp(NOW);
  api = applicationApi(t);
});
beforeEach(() => t.clock.set(NOW));
afterAll(async () => t.close());

/** Moves the clock (sessions expire after 30 idle minutes) and signs the organisation in again. */
async function later(at: string, organisationId: string | null): Promise<string> {
  t.clock.set(new Date(at));
  return (await t.signIn('applicant', { organisationId })).cookie;
}

function documentXml(docx: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'docx-'));
  try {
    writeFileSync(path.join(dir, 'form.docx'), docx);
    return execFileSync('unzip', ['-p', path.join(dir, 'form.docx'), 'word/document.xml'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('submitting (Art. 7(1))', () => {
  it('numbers the first submission, keeps a version with its hash and a real Word form, and tells the city', async () => {
    const call = await api.publishCall((year += 1));
    const applicant = await api.applicant();
    const officer = await t.signIn('city', { cityCode: '440100' });
    const { id, lockVersion } = await api.complete(applicant.cookie, call.id);
    const submitted = await api.send('POST', `/api/applications/${id}/submit`, applicant.cookie, { lockVersion });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const detail = submitted.json();
    expect(detail).toMatchObject({ state: 'submitted', applicationNumber: `GD${year}-440100-0001`, submittedVersion: 1 });
    expect(detail.events).toEqual([expect.objectContaining({ event: 'submit', eventLabel: '提交申报', fromState: 'draft', toState: 'submitted', actorRole: 'applicant' })]);
    expect(detail.versions).toHaveLength(1);
    const [version] = detail.versions;
    const [stored] = await applicationsRepository.listVersions(t.database.db, id);
    expect(createHash('sha256').update(canonicalJson(stored?.content)).digest('hex')).toBe(version.contentSha256);
    // The hash covers the materials' bytes: each material's SHA-256 is in the hashed snapshot, so the same
    // submission with one file's bytes changed (same name, size and type) hashes differently.
    const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
    const snapshot = stored?.content as { materials: { sha256: string }[] };
    expect(snapshot.materials.map((m) => m.sha256)).toEqual(detail.materials.map(() => sha256(PDF_BYTES)));
    const changed = Buffer.from(PDF_BYTES.toString('latin1').replace('Catalog', 'Catalox'), 'latin1');
    const swapped = { ...snapshot, materials: snapshot.materials.map((m, i) => (i === 0 ? { ...m, sha256: sha256(changed) } : m)) };
    expect(sha256(canonicalJson(swapped))).not.toBe(version.contentSha256);

    const docx = await api.send('GET', `/api/applications/${id}/files/${version.documentFileId}`, officer.cookie);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toContain(encodeURIComponent(`申请表-GD${year}-440100-0001-第1版.docx`));
    const xml = documentXml(docx.rawPayload);
    expect(xml).toContain(`GD${year}-440100-0001`);
    expect(xml).toContain(`内容校验码（SHA-256）：`);
    expect(xml).toContain(version.contentSha256);
    expect(xml).toContain(detail.content.name);
    expect(xml).not.toMatch(/费用|PPT|视频/);

    const notes = await notificationsRepository.countUnread(t.database.db, officer.userId);
    expect(notes).toBeGreaterThanOrEqual(1);
    // The next application of the city to the same call gets the next number at its first submission.
    const other = await api.applicant();
    const second = await api.complete(other.cookie, call.id);
    const next = await api.send('POST', `/api/applications/${second.id}/submit`, other.cookie, { lockVersion: second.lockVersion });
    expect(next.json().applicationNumber).toBe(`GD${year}-440100-0002`);
    // No more editing once submitted.
    expect((await api.send('POST', `/api/applications/${id}`, applicant.cookie, { lockVersion: detail.lockVersion, content: {} })).statusCode).toBe(409);
  });

  it('makes exactly one submission of a double click; the second gets STATE_CHANGED', async () => {
    const call = await api.publishCall((year += 1));
    const applicant = await api.applicant();
    const { id, lockVersion } = await api.complete(applicant.cookie, call.id);
    const answers = await Promise.all([0, 1].map(() => api.send('POST', `/api/applications/${id}/submit`, applicant.cookie, { lockVersion })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.statusCode === 409)?.json().code).toBe('STATE_CHANGED');
    expect(await applicationsRepository.listVersions(t.database.db, id)).toHaveLength(1);
    expect(await applicationsRepository.listEvents(t.database.db, id)).toHaveLength(1);
  });

  it('refuses an incomplete application naming each missing part', async () => {
    const call = await api.publishCall((year += 1));
    const applicant = await api.applicant();
    const { id } = await api.draft(applicant.cookie, call.id);
    const content = buildApplicationContent();
    await api.send('POST', `/api/applications/${id}`, applicant.cookie, { lockVersion: 1, content: { ...content, summary: '', facts: { servedEnterprises: 10 } } });
    const refused = await api.send('POST', `/api/applications/${id}/submit`, applicant.cookie, { lockVersion: 2 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('APPLICATION_INCOMPLETE');
    const paths = refused.json().issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['summary', 'materials.licence', 'materials.authenticityDeclaration', 'facts.totalAnswers']));
    expect(paths).not.toContain('materials.qualifications');
  });

  it('refuses a platform operating less than 3 years at the call date (NOT_ELIGIBLE)', async () => {
    const call = await api.publishCall((year += 1));
    const applicant = await api.applicant();
    // The builder publishes calls on 2026-01-05: three years are reached on 2026-01-06 for this date.
    const { id, lockVersion } = await api.complete(applicant.cookie, call.id, buildApplicationContent({ operatingSince: '2023-01-06' }));
    const refused = await api.send('POST', `/api/applications/${id}/submit`, applicant.cookie, { lockVersion });
    expect(refused.json()).toMatchObject({ code: 'NOT_ELIGIBLE', issues: [expect.objectContaining({ path: 'operatingYears' })] });
    const exactly = await api.send('POST', `/api/applications/${id}`, applicant.cookie, { lockVersion, content: buildApplicationContent({ operatingSince: '2023-01-05' }) });
    expect((await api.send('POST', `/api/applications/${id}/submit`, applicant.cookie, { lockVersion: exactly.json().lockVersion })).statusCode).toBe(200);
  });

  it('accepts the window’s last day until 24:00 Shanghai time and then refuses with the closing time', async () => {
    const call = await api.publishCall((year += 1));
    const applicant = await api.applicant();
    const first = await api.complete(applicant.cookie, call.id);
    const second = await api.complete(applicant.cookie, call.id);
    const lastMoment = await later('2026-11-30T15:59:59Z', applicant.organisationId);
    expect((await api.send('POST', `/api/applications/${first.id}/submit`, lastMoment, { lockVersion: first.lockVersion })).statusCode).toBe(200);
    const late = await api.send('POST', `/api/applications/${second.id}/submit`, await later('2026-11-30T16:00:00Z', applicant.organisationId), { lockVersion: second.lockVersion });
    expect(late.statusCode).toBe(422);
    expect(late.json()).toMatchObject({ code: 'APPLICATION_WINDOW_CLOSED', message: '申报已于2026年11月30日24时截止' });
  });
});

describe('after a return for revision', () => {
  it('accepts a resubmission after the window until the city review deadline, keeping both versions and the number', async () => {
    const call = await api.publishCall((year += 1));
    const applicant = await api.applicant();
    const officer = await t.signIn('city', { cityCode: '440100' });
    const { id, lockVersion } = await api.complete(applicant.cookie, call.id);
    const first = (await api.send('POST', `/api/applications/${id}/submit`, applicant.cookie, { lockVersion })).json();
    const ctx: RequestContext = { requestId: 'test', ip: '127.0.0.1', userAgent: null, sessionTokenHash: null, actor: { userId: officer.userId, role: 'city', cityCode: '440100', organisationId: null } };
    t.clock.set(new Date('2026-12-02T02:00:00Z'));
    await t.database.db.transaction(async (tx) => {
      const row = await lockApplication(tx, ctx, id, 'application.cityReview');
      await applyApplicationEvent(tx, t.deps, ctx, row, 'return_for_revision', { reason: '审计报告不清晰' });
    });
    const cookie = await later('2026-12-10T02:00:00Z', applicant.organisationId);
    const returned = (await api.send('GET', `/api/applications/${id}`, cookie)).json();
    expect(returned.events.at(-1)).toMatchObject({ event: 'return_for_revision', reason: '审计报告不清晰' });
    const edited = await api.send('POST', `/api/applications/${id}`, cookie, { lockVersion: returned.lockVersion, content: { ...returned.content, summary: '修改后的基本情况。' } });
    expect(edited.statusCode).toBe(200);
    const again = await api.send('POST', `/api/applications/${id}/submit`, cookie, { lockVersion: edited.json().lockVersion });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ state: 'submitted', applicationNumber: first.applicationNumber, submittedVersion: 2 });
    expect(again.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(again.json().versions[0].contentSha256).not.toBe(again.json().versions[1].contentSha256);
    expect(again.json().events.map((e: { event: string }) => e.event)).toEqual(['submit', 'return_for_revision', 'resubmit']);
  });

  it('refuses a resubmission after the city review deadline', async () => {
    const call = await api.publishCall((year += 1));
    const applicant = await api.applicant();
    const officer = await t.signIn('city', { cityCode: '440100' });
    const { id, lockVersion } = await api.complete(applicant.cookie, call.id);
    await api.send('POST', `/api/applications/${id}/submit`, applicant.cookie, { lockVersion });
    const ctx: RequestContext = { requestId: 'test', ip: '127.0.0.1', userAgent: null, sessionTokenHash: null, actor: { userId: officer.userId, role: 'city', cityCode: '440100', organisationId: null } };
    await t.database.db.transaction(async (tx) => {
      const row = await lockApplication(tx, ctx, id, 'application.cityReview');
      await applyApplicationEvent(tx, t.deps, ctx, row, 'return_for_revision', { reason: '补正' });
    });
    const cookie = await later('2026-12-15T16:00:00Z', applicant.organisationId);
    const current = (await api.send('GET', `/api/applications/${id}`, cookie)).json();
    const late = await api.send('POST', `/api/applications/${id}/submit`, cookie, { lockVersion: current.lockVersion });
    expect(late.json()).toMatchObject({ code: 'APPLICATION_WINDOW_CLOSED', message: '退回修改后的重新提交已于2026年12月15日24时（地市初审截止）截止' });
  });
});

describe('withdrawing (Art. 4)', () => {
  it('withdraws a submitted application with a reason; a stale lockVersion gets 409', async () => {
    const call = await api.publishCall((year += 1));
    const applicant = await api.applicant();
    const { id, lockVersion } = await api.complete(applicant.cookie, call.id);
    const submitted = (await api.send('POST', `/api/applications/${id}/submit`, applicant.cookie, { lockVersion })).json();
    expect((await api.send('POST', `/api/applications/${id}/withdraw`, applicant.cookie, { lockVersion })).statusCode).toBe(409);
    const cookie = await later('2026-11-28T02:10:00Z', applicant.organisationId);
    const withdrawn = await api.send('POST', `/api/applications/${id}/withdraw`, cookie, { lockVersion: submitted.lockVersion, reason: '暂不申报' });
    expect(withdrawn.json()).toMatchObject({ state: 'withdrawn', availableEvents: [] });
    expect(withdrawn.json().events.at(-1)).toMatchObject({ event: 'withdraw', reason: '暂不申报' });
  });
});
