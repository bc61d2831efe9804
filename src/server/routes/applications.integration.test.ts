// 申报 through the HTTP API, part 1: starting a draft (Art. 5), saving it, materials (Art. 7(1)) and who sees what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApplicationContent, createApplication } from '../../db/testing/application-builders';
import { applicationApi, EXE_BYTES, PDF_BYTES, PNG_BYTES } from '../testing/application-requests';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let api: ReturnType<typeof applicationApi>;
let year = 2060;
beforeAll(async () => {
  t = await createTestApp();
  api = applicationApi(t);
});
afterAll(async () => t.close());

describe('starting an application (Art. 5, Art. 7(1))', () => {
  it('creates a draft for the applicant’s own organisation and city, pinned to the call’s standard version', async () => {
    const call = await api.publishCall((year += 1));
    const applicant = await api.applicant();
    const created = await api.send('POST', '/api/applications', applicant.cookie, { callId: call.id });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      state: 'draft',
      stateLabel: '草稿',
      applicationNumber: null,
      cityCode: '440100',
      organisationId: applicant.organisationId,
      standardVersion: 'guangdong-2025-v1',
      lockVersion: 1,
      call: { id: call.id, year, closesOn: '2026-11-30', publishedOn: '2026-01-05' },
      availableEvents: [expect.objectContaining({ event: 'submit' }), expect.objectContaining({ event: 'withdraw' })],
    });
    expect(created.json().missingParts.map((p: { path: string }) => p.path)).toContain('materials.licence');
  });

  it.each([
    ['a branch', { isBranch: true }, '分支机构'],
    ['a listed dishonest entity', { isDishonest: true }, '严重失信'],
  ])('refuses %s (NOT_ELIGIBLE, Art. 5)', async (_, organisation, words) => {
    const call = await api.publishCall((year += 1));
    const applicant = await api.applicant(organisation);
    const refused = await api.send('POST', '/api/applications', applicant.cookie, { callId: call.id });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('NOT_ELIGIBLE');
    expect(refused.json().message).toContain(words);
  });

  it('refuses a call that is not published, a closed call, other roles and a malformed body', async () => {
    const applicant = await api.applicant();
    const province = await t.signIn('province');
    const draftCall = await api.send('POST', '/api/calls', province.cookie, {
      year: (year += 1), title: '通知', text: '正文', creationQuota: 1, cityCaps: {}, opensOn: '2026-11-01', closesOn: '2026-11-30', cityReviewDeadline: '2026-12-15',
      standardVersion: 'guangdong-2025-v1', maxScore: 10,
      criterionWeights: { 'plan.content': 20, 'plan.innovation': 20, 'plan.demonstration': 20, 'plan.path': 15, 'plan.expectedResults': 15, 'plan.support': 10 },
    });
    expect((await api.send('POST', '/api/applications', applicant.cookie, { callId: draftCall.json().id })).statusCode).toBe(404);
    const closed = await api.publishCall((year += 1), { opensOn: '2026-09-01', closesOn: '2026-10-31', cityReviewDeadline: '2026-11-30' });
    const late = await api.send('POST', '/api/applications', applicant.cookie, { callId: closed.id });
    expect(late.json()).toMatchObject({ code: 'APPLICATION_WINDOW_CLOSED' });
    expect(late.json().message).toContain('2026年10月31日24时截止');
    const city = await t.signIn('city');
    expect((await api.send('POST', '/api/applications', city.cookie, { callId: closed.id })).statusCode).toBe(403);
    for (const body of [{}, { callId: 'x' }, { callId: closed.id, extra: 1 }]) {
      const bad = await api.send('POST', '/api/applications', applicant.cookie, body);
      expect(bad.statusCode, JSON.stringify(body)).toBe(400);
      expect(bad.json().issues.length).toBeGreaterThan(0);
    }
  });
});

describe('saving a draft', () => {
  it('saves incomplete content, shows the Art. 5 check and the live evaluation, and refuses a stale lockVersion', async () => {
    const call = await api.publishCall((year += 1));
    const applicant = await api.applicant();
    const { id } = await api.draft(applicant.cookie, call.id);
    const half = await api.send('POST', `/api/applications/${id}`, applicant.cookie, { lockVersion: 1, content: { name: '半成品平台', carrier: 'base', operatingSince: '2024-06-01' } });
    expect(half.statusCode, half.body).toBe(200);
    expect(half.json()).toMatchObject({ name: '半成品平台', carrier: 'base', lockVersion: 2, evaluation: null });
    expect(half.json().eligibilityFailures).toEqual([expect.objectContaining({ condition: 'operatingYears' })]);
    const stale = await api.send('POST', `/api/applications/${id}`, applicant.cookie, { lockVersion: 1, content: {} });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'STATE_CHANGED', details: { state: 'draft', lockVersion: 2 } });
    const full = await api.send('POST', `/api/applications/${id}`, applicant.cookie, { lockVersion: 2, content: buildApplicationContent() });
    expect(full.json()).toMatchObject({ carrier: 'platform', eligibilityFailures: [], evaluation: { standardVersion: 'guangdong-2025-v1' } });
  });

  it('answers malformed content with 400 and Chinese field messages, never 500', async () => {
    const call = await api.publishCall((year += 1));
    const applicant = await api.applicant();
    const { id } = await api.draft(applicant.cookie, call.id);
    const cases: [object, string][] = [
      [{ lockVersion: 1, content: { carrier: 'tower' } }, 'content.carrier'],
      [{ lockVersion: 1, content: { operatingSince: '2020-02-30' } }, 'content.operatingSince'],
      [{ lockVersion: 1, content: { plan: { tasks: [{ title: 'a', startsIn: '2026-13', endsIn: '', description: '' }] } } }, 'content.plan.tasks.0.startsIn'],
      [{ lockVersion: 1, content: { facts: { servedEnterprises: -1 } } }, 'content.facts.servedEnterprises'],
      [{ lockVersion: 1, content: { region: '999999' } }, 'content.region'],
      [{ lockVersion: 1, content: { name: 'x'.repeat(101) } }, 'content.name'],
      [{ lockVersion: 1, content: { unknown: 1 } }, 'content.unknown'],
      [{ lockVersion: 'one', content: {} }, 'lockVersion'],
      [{ lockVersion: 1, content: [] }, 'content'],
    ];
    for (const [body, path] of cases) {
      const answer = await api.send('POST', `/api/applications/${id}`, applicant.cookie, body);
      expect(answer.statusCode, JSON.stringify(body)).toBe(400);
      expect(answer.json().issues.map((i: { path: string }) => i.path)).toContain(path);
    }
  });
});

describe('materials (Art. 7(1))', () => {
  // F7 item 5: content and extension together — a PNG named .pdf is refused like an EXE named .pdf.
  it('judges the type by content and extension together: a PNG is stored as PNG; a PNG or an EXE named .pdf is refused naming the file', async () => {
    const call = await api.publishCall((year += 1));
    const applicant = await api.applicant();
    const { id } = await api.draft(applicant.cookie, call.id);
    const png = await api.upload(id, applicant.cookie, 'licence', { name: '营业执照.png', bytes: PNG_BYTES });
    expect(png.statusCode, png.body).toBe(201);
    expect(png.json()).toMatchObject({ kind: 'licence', mediaType: 'image/png', originalName: '营业执照.png', sizeBytes: PNG_BYTES.length });
    const misnamed = await api.upload(id, applicant.cookie, 'licence', { name: '营业执照.pdf', bytes: PNG_BYTES });
    expect(misnamed.statusCode).toBe(415);
    expect(misnamed.json().message).toContain('营业执照.pdf');
    const exe = await api.upload(id, applicant.cookie, 'licence', { name: '审计报告.pdf', bytes: EXE_BYTES });
    expect(exe.statusCode).toBe(415);
    expect(exe.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(exe.json().message).toContain('审计报告.pdf');
    const badKind = await api.upload(id, applicant.cookie, 'slides', { name: 'a.pdf', bytes: PDF_BYTES });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().issues[0].path).toBe('kind');
    const json = await api.send('POST', `/api/applications/${id}/materials`, applicant.cookie, { kind: 'licence' });
    expect(json.statusCode).toBe(400);

    const download = await api.send('GET', `/api/applications/${id}/files/${png.json().fileId}`, applicant.cookie);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('营业执照.png')}`);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(PNG_BYTES)).toBe(true);

    const removed = await api.send('POST', `/api/applications/${id}/materials/${png.json().id}/remove`, applicant.cookie, {});
    expect(removed.statusCode).toBe(204);
    expect((await api.send('GET', `/api/applications/${id}`, applicant.cookie)).json().materials).toEqual([]);
    expect((await api.send('POST', `/api/applications/${id}/materials/${png.json().id}/remove`, applicant.cookie, {})).statusCode).toBe(404);
  });

  it('refuses a file over 20 MB with 413', async () => {
    const call = await api.publishCall((year += 1));
    const applicant = await api.applicant();
    const { id } = await api.draft(applicant.cookie, call.id);
    const big = Buffer.concat([PDF_BYTES, Buffer.alloc(20 * 1024 * 1024)]);
    const answer = await api.upload(id, applicant.cookie, 'auditReport', { name: 'big.pdf', bytes: big });
    expect(answer.statusCode).toBe(413);
    expect(answer.json().code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('who sees which application', () => {
  it('scopes list, detail and downloads: own organisation, own city, province and auditor; others get 404', async () => {
    const call = await api.publishCall((year += 1));
    const applicant = await api.applicant();
    const { id, lockVersion } = await api.complete(applicant.cookie, call.id);
    const file = (await api.send('GET', `/api/applications/${id}`, applicant.cookie)).json().materials[0];
    expect((await api.send('POST', `/api/applications/${id}/submit`, applicant.cookie, { lockVersion })).statusCode).toBe(200);
    const other = await api.applicant();
    const shenzhen = await api.applicant({ cityCode: '440300' });
    await createApplication(t.database.db, { callId: call.id, organisationId: shenzhen.organisationId as string, cityCode: '440300', state: 'submitted' });
    const readers = { own: applicant, gz: await t.signIn('city', { cityCode: '440100' }), province: await t.signIn('province'), auditor: await t.signIn('auditor') };
    for (const reader of Object.values(readers)) {
      expect((await api.send('GET', `/api/applications/${id}`, reader.cookie)).statusCode).toBe(200);
      expect((await api.send('GET', `/api/applications/${id}/files/${file.fileId}`, reader.cookie)).statusCode).toBe(200);
    }
    for (const stranger of [other, await t.signIn('city', { cityCode: '440300' })]) {
      expect((await api.send('GET', `/api/applications/${id}`, stranger.cookie)).statusCode).toBe(404);
      expect((await api.send('GET', `/api/applications/${id}/files/${file.fileId}`, stranger.cookie)).statusCode).toBe(404);
    }
    expect((await api.send('GET', `/api/applications/${id}`, (await t.signIn('expert')).cookie)).statusCode).toBe(403);
    const ids = async (cookie: string, query = '') => (await api.send('GET', `/api/applications?callId=${call.id}${query}`, cookie)).json().items.map((i: { id: string }) => i.id);
    expect(await ids(applicant.cookie)).toEqual([id]);
    expect(await ids(other.cookie)).toEqual([]);
    expect(await ids(readers.gz.cookie)).toEqual([id]);
    expect(await ids(readers.province.cookie)).toHaveLength(2);
    expect(await ids(readers.province.cookie, '&state=submitted')).toHaveLength(2);
    expect((await api.send('GET', '/api/applications?state=nonsense', readers.province.cookie)).statusCode).toBe(400);
    // A file of another application is not reachable through this one.
    const foreign = await api.draft(other.cookie, call.id);
    const foreignFile = (await api.upload(foreign.id, other.cookie, 'licence', { name: 'b.png', bytes: PNG_BYTES })).json();
    expect((await api.send('GET', `/api/applications/${id}/files/${foreignFile.fileId}`, applicant.cookie)).statusCode).toBe(404);
  });

  it('a draft, and a draft withdrawn unsubmitted, are the applicant’s own: 404 and unlisted for city, province and auditor (Art. 7(1))', async () => {
    const call = await api.publishCall((year += 1));
    const applicant = await api.applicant();
    const draft = await api.draft(applicant.cookie, call.id);
    const file = (await api.upload(draft.id, applicant.cookie, 'licence', { name: 'a.pdf', bytes: PDF_BYTES })).json();
    const dropped = await api.draft(applicant.cookie, call.id);
    expect((await api.send('POST', `/api/applications/${dropped.id}/withdraw`, applicant.cookie, { lockVersion: dropped.lockVersion })).json().state).toBe('withdrawn');
    const ids = async (cookie: string) => (await api.send('GET', `/api/applications?callId=${call.id}`, cookie)).json().items.map((i: { id: string }) => i.id);
    expect((await ids(applicant.cookie)).sort()).toEqual([draft.id, dropped.id].sort());
    expect((await api.send('GET', `/api/applications/${draft.id}/files/${file.fileId}`, applicant.cookie)).statusCode).toBe(200);
    for (const reader of [await t.signIn('city', { cityCode: '440100' }), await t.signIn('province'), await t.signIn('auditor')]) {
      for (const { id } of [draft, dropped]) expect((await api.send('GET', `/api/applications/${id}`, reader.cookie)).statusCode).toBe(404);
      expect((await api.send('GET', `/api/applications/${draft.id}/files/${file.fileId}`, reader.cookie)).statusCode).toBe(404);
      expect(await ids(reader.cookie)).toEqual([]);
    }
  });
});
