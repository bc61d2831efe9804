// Journey (Arts. 10–12: the public list names the article): a 广州 creation object merges into another organisation
// on 2024-01-10 and reports it; the city proposes and the province decides to revoke (Art. 11) with a reason. The
// public finds the decision at /revocations, on a phone and on a desktop, with 第十一条, the ground, the day and the
// reason — and no person.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet } from './support/acceptance-setup';
import { DESKTOP, hasHorizontalOverflow, launchBrowser, openPage, PHONE, screenshot } from './support/browser';
import { resetServerTime, setServerTime } from './support/clock';
import { seedCreationObject, type SeededCreationObject } from './support/data-import-setup';
import { apiLogIn, apiPost } from './support/review-setup';

const NAME = `广州市重大变化撤销示范平台${Date.now().toString(36)}`;
const REASON = '该平台运营主体已被吸收合并，合并后的单位不再从事中小企业公共服务，不再具备创建条件。';

interface ReportList {
  lockVersion: number;
  items: { id: string }[];
}

let browser: Browser;
let seeded: SeededCreationObject;

beforeAll(async () => {
  browser = await launchBrowser();
  seeded = await seedCreationObject(NAME);
  setServerTime('2024-02-01T10:00');
  const operator = await apiLogIn(seeded.username, seeded.password);
  const url = `/api/creation-objects/${seeded.id}/change-reports`;
  const before = await apiGet<ReportList>(operator, url);
  await apiPost(operator, url, { lockVersion: before.lockVersion, kind: 'merger', description: '运营主体被广州某集团吸收合并', occurredOn: '2024-01-10' }, 201);
  const city = await apiLogIn('city.gz');
  const reported = await apiGet<ReportList>(city, url);
  const reportId = reported.items[0]?.id ?? '';
  await apiPost(city, `${url}/${reportId}/proposal`, { lockVersion: reported.lockVersion, proposal: 'revoke', reason: '合并后不再具备创建条件，建议撤销' });
  setServerTime('2024-02-20T10:00');
  const province = await apiLogIn('province');
  const proposed = await apiGet<ReportList>(province, url);
  await apiPost(province, `${url}/${reportId}/decision`, { lockVersion: proposed.lockVersion, decision: 'revoke', reason: REASON });
}, 240_000);
afterAll(async () => {
  resetServerTime();
  await browser?.close();
});

describe('an Art. 11 revocation is published with its article', () => {
  it('on a phone, a card names 第十一条, the ground, the day and the reason', async () => {
    const page = await openPage(browser, PHONE);
    await page.goto('/revocations');
    const card = page.getByRole('list', { name: '取消与撤销决定' }).getByRole('listitem').filter({ hasText: NAME });
    await expect.poll(() => card.innerText()).toContain(REASON);
    const text = await card.innerText();
    expect(text).toContain('第十一条');
    expect(text).toContain('运营主体发生更名、合并、重组等重大变化');
    expect(text).toContain('取消创建资格');
    expect(text).toContain('2024-02-20');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'revocations-art11-phone');
    await page.context().close();
  });

  it('on a desktop, the table row does too, without sideways scrolling', async () => {
    const page = await openPage(browser, DESKTOP);
    await page.goto('/revocations');
    const row = page.getByRole('table', { name: '取消与撤销决定' }).getByRole('row').filter({ hasText: NAME });
    await expect.poll(() => row.innerText()).toContain(REASON);
    expect(await row.innerText()).toContain('第十一条');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'revocations-art11-desktop');
    await page.context().close();
  });
});
