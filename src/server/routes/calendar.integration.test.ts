import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { calendarRepository } from '../../db/repositories/calendar.repository';
import { publicityWindow } from '../../domain/calendar/working-calendar';
import { createTestApp, JSON_HEADERS, type TestApp } from '../testing/test-app';
import { withWorkingCalendar } from '../use-cases/with-working-calendar';

let t: TestApp;
let province: string;
beforeAll(async () => {
  t = await createTestApp();
  province = (await t.signIn('province')).cookie;
});
afterAll(async () => t.close());

const window = (query: string) => t.app.inject({ method: 'GET', url: `/api/v1/calendar/publicity-window?${query}` });
const publish = (payload: object, cookie = province) =>
  t.app.inject({ method: 'POST', url: '/api/calendar/years', headers: { ...JSON_HEADERS, cookie }, payload });

// Test data for a year the State Council has not announced: 元旦 1–3 January (Fri–Sun), a spring holiday
// from Friday 5 to Thursday 11 February, and Saturday 20 February worked.
const Y2027 = {
  year: 2027,
  holidays: ['2027-02-11', '2027-02-10', '2027-02-09', '2027-02-08', '2027-02-07', '2027-02-06', '2027-02-05', '2027-01-03', '2027-01-02', '2027-01-01'],
  workdays: ['2027-02-20'],
  note: '测试用2027年节假日安排',
};

describe('GET /api/v1/calendar/publicity-window', () => {
  it('computes the DESIGN §3 example from the seeded 2026 schedule', async () => {
    const response = await window('start=2026-09-28&days=5');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ start: '2026-09-28', end: '2026-10-09', workingDays: ['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09'] });
  });

  it.each([
    ['start=2026-09-28', '2026-10-09', 5],
    ['start=2026-10-01', '2026-10-13', 5],
    ['start=2026-11-28&days=1', '2026-11-30', 1],
    ['start=2026-09-28&days=30', '2026-11-12', 30],
  ])('%s ends on %s', async (query, end, count) => {
    const body = (await window(query)).json();
    expect(body.end).toBe(end);
    expect(body.workingDays).toHaveLength(count);
  });

  it('needs neither a session nor the CSRF header, and ignores a session cookie', async () => {
    const { cookie } = await t.signIn('city');
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/publicity-window?start=2026-09-28', headers: { cookie } });
    expect(response.statusCode).toBe(200);
  });

  it.each([
    ['start=2026-02-30', 'start', '公示发布日期格式应为YYYY-MM-DD的有效日期'],
    ['start=2026-9-28', 'start', '公示发布日期格式应为YYYY-MM-DD的有效日期'],
    ['days=5', 'start', '请填写公示发布日期'],
    ['start=2026-09-28&days=abc', 'days', '公示天数应为整数'],
    ['start=2026-09-28&days=2.5', 'days', '公示天数应为整数'],
    ['start=2026-09-28&days=0', 'days', '公示天数最少为1个工作日'],
    ['start=2026-09-28&days=31', 'days', '公示天数最多为30个工作日'],
    ['start=2026-09-28&from=2026-01-01', 'from', '不接受的字段：from'],
  ])('%s → 400 on %s', async (query, path, message) => {
    const response = await window(query);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ code: 'VALIDATION_FAILED', message: '请求内容有误，请按提示修改', issues: [{ path, message }] });
  });

  it('names every bad field at once', async () => {
    const issues = (await window('start=2026-13-01&days=x')).json().issues.map((i: { path: string }) => i.path);
    expect(issues).toEqual(['start', 'days']);
  });
});

describe('a year without a schedule, then the province publishes it', () => {
  it('422 CALENDAR_YEAR_MISSING names 2027, for a 2027 start and for a December window running into it', async () => {
    for (const query of ['start=2027-03-01', 'start=2026-12-28', 'start=2026-12-25&days=6']) {
      const response = await window(query);
      expect(response.statusCode, query).toBe(422);
      expect(response.json()).toEqual({ code: 'CALENDAR_YEAR_MISSING', message: expect.stringContaining('2027年'), issues: [], details: { year: 2027 } });
    }
    expect((await window('start=2026-12-25')).json().end).toBe('2026-12-31');
  });

  it('publishes 2027 as version 1, sorted, with an audit record, and the window computes into 2027', async () => {
    const response = await publish(Y2027);
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ year: 2027, version: 1, isInForce: true, holidayCount: 10, workdayCount: 1, source: '省工业和信息化厅录入', note: Y2027.note });
    expect(body.holidays).toEqual([...Y2027.holidays].sort());
    expect(body.versions.map((v: { version: number }) => v.version)).toEqual([1]);
    const audit = await auditLogRepository.findByObject(t.database.db, 'calendar_year', '2027');
    expect(audit.map((a) => [a.action, a.actorRole, a.before])).toEqual([['calendar.year_published', 'province', null]]);

    expect((await window('start=2027-02-04')).json()).toEqual({ start: '2027-02-04', end: '2027-02-17', workingDays: ['2027-02-04', '2027-02-12', '2027-02-15', '2027-02-16', '2027-02-17'] });
    expect((await window('start=2027-02-18')).json().workingDays).toEqual(['2027-02-18', '2027-02-19', '2027-02-20', '2027-02-22', '2027-02-23']);
    expect((await window('start=2026-12-28')).json().workingDays).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-04']);
  });

  it('a correction is a new version; the older one stays readable and the window follows the newer', async () => {
    const corrected = { ...Y2027, holidays: [...Y2027.holidays, '2027-02-12'], note: '更正：春节假期延至2月12日' };
    const response = await publish(corrected);
    expect(response.json()).toMatchObject({ version: 2, isInForce: true, holidayCount: 11 });
    expect((await window('start=2027-02-04')).json().workingDays).toEqual(['2027-02-04', '2027-02-15', '2027-02-16', '2027-02-17', '2027-02-18']);

    const older = (await t.app.inject({ method: 'GET', url: '/api/calendar/years/2027?version=1', headers: { cookie: province } })).json();
    expect(older).toMatchObject({ version: 1, isInForce: false, holidayCount: 10 });
    expect(older.versions.map((v: { version: number; isInForce: boolean }) => [v.version, v.isInForce])).toEqual([
      [2, true],
      [1, false],
    ]);
    const audit = await auditLogRepository.findByObject(t.database.db, 'calendar_year', '2027');
    expect(audit[1]?.before).toMatchObject({ version: 1, holidays: [...Y2027.holidays].sort() });
  });

  it('a computation reaching a year beyond those it expected loads that year too', async () => {
    const result = await withWorkingCalendar(t.deps, [2026], (calendar) => publicityWindow(calendar, '2026-12-30'));
    expect(result.workingDays).toEqual(['2026-12-30', '2026-12-31', '2027-01-04', '2027-01-05', '2027-01-06']);
  });
});

describe('province schedule management', () => {
  it('lists every seeded and published version, newest year first', async () => {
    const { items } = (await t.app.inject({ method: 'GET', url: '/api/calendar/years', headers: { cookie: province } })).json();
    const y2026 = items.find((i: { year: number }) => i.year === 2026);
    expect(y2026).toMatchObject({ version: 1, holidayCount: 33, workdayCount: 6, source: 'chinese-days 1.5.7', isInForce: true, createdByName: null });
    expect(items.at(-1)).toMatchObject({ year: 2004 });
    const years = items.map((i: { year: number }) => i.year);
    expect(years).toEqual([...years].sort((a: number, b: number) => b - a));
  });

  it('shows a year with its dates; a year never entered is 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/calendar/years/2026', headers: { cookie: province } });
    expect(response.json()).toMatchObject({ year: 2026, version: 1, workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'] });
    const missing = await t.app.inject({ method: 'GET', url: '/api/calendar/years/2031', headers: { cookie: province } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe('尚未录入2031年的节假日安排');
    const bad = await t.app.inject({ method: 'GET', url: '/api/calendar/years/20x6', headers: { cookie: province } });
    expect(bad.json().issues).toEqual([{ path: 'year', message: '年份应为四位数字' }]);
  });

  it('a city officer gets 403 on every province route, and nothing is written', async () => {
    const { cookie } = await t.signIn('city', { cityCode: '440300' });
    expect((await publish({ ...Y2027, year: 2033, holidays: ['2033-01-03'], workdays: [] }, cookie)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/calendar/years', headers: { cookie } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/calendar/years/2026', headers: { cookie } })).statusCode).toBe(403);
    expect(await calendarRepository.findInForce(t.database.db, [2033])).toEqual([]);
  });

  it.each([
    ['a date that does not exist', { holidays: ['2028-02-30', '2028-01-03'] }, [{ path: 'holidays.0', message: '放假日期格式应为YYYY-MM-DD的有效日期' }]],
    ['a holiday outside the year', { holidays: ['2028-01-03', '2029-01-01'] }, [{ path: 'holidays.1', message: '放假日期2029-01-01不在2028年内' }]],
    ['a date both holiday and workday', { workdays: ['2028-01-03'] }, [{ path: 'workdays.0', message: '1月3日已列为放假日期，不能同时列为调休上班日' }]],
    ['a workday on a weekday', { workdays: ['2028-01-07'] }, [{ path: 'workdays.0', message: '1月7日不是周六或周日，本来就是工作日，无需列为调休上班日' }]],
    ['only weekend holidays', { holidays: ['2028-01-01', '2028-01-02'] }, [{ path: 'holidays', message: '放假日期全部是周末，与普通年份无异，请核对是否漏填了节假日' }]],
    ['no note', { note: ' ' }, [{ path: 'note', message: '发布说明至少2个字' }]],
    ['a year out of range', { year: 1999, holidays: ['1999-01-01'] }, [{ path: 'year', message: '年份不能早于2000年' }]],
  ])('400 for %s, nothing written', async (_name, change, issues) => {
    const response = await publish({ year: 2028, holidays: ['2028-01-03'], workdays: [], note: '测试', ...change });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual(issues);
    expect(await calendarRepository.findInForce(t.database.db, [1999, 2028])).toEqual([]);
  });

  it('two publications at the same moment get versions 1 and 2', async () => {
    const schedule = { year: 2029, holidays: ['2029-01-01'], workdays: [], note: '并发发布' };
    const responses = await Promise.all([publish(schedule), publish(schedule)]);
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(responses.map((r) => r.json().version).sort()).toEqual([1, 2]);
  });
});
