// Journey (Art. 8, 9; F6 items 1, 3, 5, 7): a person on a phone finds a platform in the 信息数据库 by two characters of
// its name, narrows to its city, opens its page and reads its history; a revoked base is found under 已撤销 with its
// published reason; the CSV of a filtered list downloads with a BOM and a Chinese header. At 375 px nothing scrolls
// sideways and /registry draws with a cumulative layout shift under 0.05; the same at 1280 px as a table.
// The entries are written straight into the registry before the server starts (seeded-server.ts), so the journey
// does not depend on the demo seed's names; "琥珀" and "翡翠" are in no demo name.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/client';
import { registryWriteRepository, type RegistryEntryInsert } from '../src/db/repositories/registry-write.repository';
import { registrySearchText } from '../src/domain/registry/search';
import { DESKTOP, hasHorizontalOverflow, launchBrowser, PHONE, screenshot } from './support/browser';
import { layoutShift } from './support/layout-shift';
import { startSeededServer, type SeededServer } from './support/seeded-server';

const SHAOGUAN = '韶关琥珀新材料产业服务平台';
const GUANGZHOU = '广州琥珀数字化服务平台';
const REVOKED = '清远翡翠陶瓷产业示范基地';
const FORMER_NAME = '韶关市新材料技术服务中心';
const REVOCATION_REASON = '经查实，该基地申报认定时提交的服务企业数量等数据弄虚作假，依据第十二条撤销认定命名。';
const CERTIFICATE = '粤中小服认〔2022〕18号';

interface Seeded {
  shaoguanId: string;
  revokedId: string;
}

type Entry = Omit<RegistryEntryInsert, 'searchText' | 'updatedAt' | 'id'> & { id?: string };

async function insertEntry(db: Db, entry: Entry, history: { occurredOn: string; kind: string; label: string; publicReason?: string }[]): Promise<string> {
  const id = entry.id ?? randomUUID();
  const formerNames = entry.formerNames ?? [];
  await registryWriteRepository.upsertEntry(db, {
    ...entry,
    id,
    formerNames,
    searchText: registrySearchText({ name: entry.name, operatorName: entry.operatorName, formerNames, certificateNumber: entry.certificateNumber ?? null }),
    updatedAt: new Date(),
  });
  for (const line of history) await registryWriteRepository.appendHistory(db, { entryId: id, ...line, publicReason: line.publicReason ?? null, createdAt: new Date() });
  await registryWriteRepository.bumpVersion(db);
  return id;
}

async function seedRegistry(db: Db): Promise<Seeded> {
  const shaoguanId = await insertEntry(
    db,
    {
      source: 'legacy',
      name: SHAOGUAN,
      operatorName: '韶关市新材料产业服务有限公司',
      carrier: 'platform',
      platformKind: 'professional',
      cityCode: '440200',
      countyCode: '440203',
      isProvincial: true,
      batchYear: 2022,
      status: 'certified',
      certificateNumber: CERTIFICATE,
      certifiedOn: '2022-12-20',
      serviceItems: ['数字化转型', '质量标准', '人才培训'],
      publicPhone: '0751-8123456',
      website: 'www.example.com/hupo',
      formerNames: [{ name: FORMER_NAME, until: '2024-03-01' }],
    },
    // Given newest first: the page shows them oldest first.
    [
      { occurredOn: '2024-03-01', kind: 'renamed', label: `运营主体“${FORMER_NAME}”更名为“韶关市新材料产业服务有限公司”` },
      { occurredOn: '2022-12-20', kind: 'certified', label: `发文公告正式认定，证书编号${CERTIFICATE}` },
      { occurredOn: '2020-06-15', kind: 'creation_confirmed', label: '确定为创建对象，进入创建期' },
    ],
  );
  await insertEntry(
    db,
    {
      source: 'legacy',
      name: GUANGZHOU,
      operatorName: '广州市数字化服务促进中心',
      carrier: 'platform',
      platformKind: 'comprehensive',
      cityCode: '440100',
      countyCode: '440106',
      isProvincial: true,
      isNational: true,
      batchYear: 2021,
      status: 'certified',
      certificateNumber: '粤中小服认〔2021〕7号',
      certifiedOn: '2021-11-30',
      serviceItems: ['数字化转型', '管理咨询'],
    },
    [{ occurredOn: '2021-11-30', kind: 'certified', label: '发文公告正式认定，证书编号粤中小服认〔2021〕7号' }],
  );
  const revokedId = await insertEntry(
    db,
    {
      source: 'legacy',
      name: REVOKED,
      operatorName: '清远市陶瓷产业园运营有限公司',
      carrier: 'base',
      platformKind: null,
      cityCode: '441800',
      countyCode: '441802',
      isProvincial: true,
      batchYear: 2019,
      status: 'revoked',
      certificateNumber: '粤中小服认〔2019〕3号',
      certifiedOn: '2019-12-01',
    },
    [
      { occurredOn: '2019-12-01', kind: 'certified', label: '发文公告正式认定，证书编号粤中小服认〔2019〕3号' },
      { occurredOn: '2025-03-10', kind: 'certification_revoked', label: '撤销认定命名（第十二条）', publicReason: REVOCATION_REASON },
    ],
  );
  return { shaoguanId, revokedId };
}

const entryList = (page: Page) => page.getByRole('list', { name: '示范平台（基地）名单' });
const entryNames = async (page: Page) => entryList(page).locator('.registry-item-name').allInnerTexts();
const totalText = (page: Page) => page.locator('.registry-total').innerText();

let browser: Browser;
let server: SeededServer<Seeded>;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startSeededServer(new Date('2026-11-29T02:00:00Z'), seedRegistry);
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('信息数据库 on a phone (375 px)', () => {
  it('draws without a layout shift or sideways scrolling, finds a platform by two characters and narrows by city', async () => {
    const page = await server.openPage(browser, PHONE);
    // A slow answer, as on a phone network: the page draws its placeholders first, then the list replaces them.
    await page.route('**/api/v1/registry?*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.goto('/registry');
    await expect.poll(() => page.getByRole('list', { name: '正在加载名单' }).isVisible()).toBe(true);
    await expect.poll(() => entryNames(page)).toContain(SHAOGUAN);
    await page.waitForLoadState('networkidle');
    await page.unrouteAll();
    const shift = await layoutShift(page);
    console.log(`信息数据库 375 px 累计布局偏移：${shift.toFixed(4)}`);
    expect(shift).toBeLessThan(0.05);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    // The current list: no revoked entry, the neutral-order note beside it.
    expect(await entryNames(page)).not.toContain(REVOKED);
    await expect.poll(() => page.getByText('按行政区划代码和名称排列，不代表排名').isVisible()).toBe(true);
    await screenshot(page, 'registry-list-phone');

    await page.getByLabel('名称关键词').fill('琥珀');
    await page.getByRole('button', { name: /搜\s*索/ }).click();
    await expect.poll(() => entryNames(page)).toEqual([GUANGZHOU, SHAOGUAN]);
    expect(await totalText(page)).toBe('共 2 条');
    expect(new URL(page.url()).searchParams.get('q')).toBe('琥珀');

    await page.getByLabel('地市').selectOption({ label: '韶关市' });
    await expect.poll(() => entryNames(page)).toEqual([SHAOGUAN]);
    await expect.poll(() => totalText(page)).toBe('共 1 条');
    expect(new URL(page.url()).searchParams.get('city')).toBe('440200');
    const card = entryList(page).getByRole('listitem').filter({ hasText: SHAOGUAN });
    const cardText = await card.innerText();
    for (const text of ['韶关市新材料产业服务有限公司', '专业服务平台', '韶关市武江区', '2022年', '省级', '已认定', CERTIFICATE]) expect(cardText).toContain(text);
    // The CSV link carries the same filters.
    expect(await page.getByRole('link', { name: /下载CSV/ }).getAttribute('href')).toBe(`/api/v1/registry.csv?city=440200&q=${encodeURIComponent('琥珀')}`);
    expect(await page.getByRole('link', { name: '数据接口说明' }).getAttribute('href')).toBe('/api/docs');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'registry-filtered-phone');

    // The entry page: everything public, the history oldest first.
    await card.getByRole('link', { name: SHAOGUAN }).click();
    await page.waitForURL(`**/registry/${server.seeded.shaoguanId}`);
    await expect.poll(() => page.getByRole('heading', { name: SHAOGUAN }).isVisible()).toBe(true);
    const facts = await page.getByRole('definition').allInnerTexts();
    for (const text of ['0751-8123456', 'www.example.com/hupo', CERTIFICATE, '2022-12-20', '省级']) expect(facts.join('\n')).toContain(text);
    expect(await page.getByRole('link', { name: 'www.example.com/hupo' }).getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(await page.getByText(`${FORMER_NAME}（使用至 2024-03-01）`).isVisible()).toBe(true);
    for (const item of ['数字化转型', '质量标准', '人才培训']) expect(await page.getByRole('listitem').filter({ hasText: new RegExp(`^${item}$`) }).count()).toBe(1);
    const history = await page.locator('ol.registry-history > li').allInnerTexts();
    expect(history.map((line) => line.slice(0, 10))).toEqual(['2020-06-15', '2022-12-20', '2024-03-01']);
    expect(history[0]).toContain('确定为创建对象，进入创建期');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'registry-entry-phone');

    // Back to the same filtered list, by the page's link and by the browser's back button.
    await page.getByRole('link', { name: '‹ 返回信息数据库' }).click();
    await expect.poll(() => entryNames(page)).toEqual([SHAOGUAN]);
    expect(page.url()).toContain('city=440200');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.url()).toContain('city=440200');
    await expect.poll(() => entryNames(page)).toEqual([SHAOGUAN]);
    expect(await page.getByLabel('名称关键词').inputValue()).toBe('琥珀');
    await page.context().close();
  });

  it('finds the revoked base under 已撤销 and reads its published reason', async () => {
    const page = await server.openPage(browser, PHONE);
    await page.goto('/registry');
    await expect.poll(() => entryNames(page)).toContain(SHAOGUAN);
    await page.getByLabel('状态').selectOption({ label: '已撤销' });
    await expect.poll(() => entryNames(page)).toContain(REVOKED);
    expect(await entryNames(page)).not.toContain(SHAOGUAN);
    await entryList(page).getByRole('link', { name: REVOKED }).click();
    await expect.poll(() => page.getByText(REVOCATION_REASON).isVisible()).toBe(true);
    const history = await page.locator('ol.registry-history > li').allInnerTexts();
    expect(history).toHaveLength(2);
    expect(history[1]).toContain('2025-03-10');
    expect(history[1]).toContain('撤销认定命名（第十二条）');
    expect(history[1]).toContain(`公开理由：${REVOCATION_REASON}`);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'registry-revoked-phone');
    await page.context().close();
  });

  it('an unknown entry says so in Chinese', async () => {
    const page = await server.openPage(browser, PHONE);
    for (const id of [randomUUID(), 'not-an-id']) {
      await page.goto(`/registry/${id}`);
      await expect.poll(() => page.getByText('信息数据库中没有这个示范平台（基地）', { exact: false }).isVisible()).toBe(true);
    }
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'registry-not-found-phone');
    await page.context().close();
  });
});

describe('信息数据库 on a desktop (1280 px)', () => {
  it('shows a table-like list, downloads the filtered CSV with a BOM and a Chinese header', async () => {
    const page = await server.openPage(browser, DESKTOP);
    await page.goto('/registry?status=revoked');
    await expect.poll(() => entryNames(page)).toContain(REVOKED);
    expect(await page.getByLabel('状态').inputValue()).toBe('revoked');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'registry-revoked-desktop');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /下载CSV/ }).click()]);
    const bytes = readFileSync((await download.path()) ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]?.split(',').slice(0, 4)).toEqual(['条目编号', '名称', '运营主体', '载体类型']);
    const body = lines.slice(1).join('\n');
    expect(body).toContain(REVOKED);
    expect(body).not.toContain(SHAOGUAN);
    expect(download.suggestedFilename()).toMatch(/信息数据库-\d{8}\.csv$/);

    await page.goto('/registry');
    await expect.poll(() => entryNames(page)).toContain(SHAOGUAN);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'registry-list-desktop');
    await page.goto(`/registry/${server.seeded.shaoguanId}`);
    await expect.poll(() => page.locator('ol.registry-history > li').count()).toBe(3);
    await screenshot(page, 'registry-entry-desktop');
    await page.goto(`/registry/${server.seeded.revokedId}`);
    await expect.poll(() => page.getByText(REVOCATION_REASON).isVisible()).toBe(true);
    await screenshot(page, 'registry-revoked-entry-desktop');
    await page.context().close();
  });
});
