import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Picks an option of an antd Select, or of a native <select>. antd renders a virtual list and does not expose the options as ARIA
 * options, so the journey types to filter (as a person would in a long list) and clicks the titled entry. On a busy
 * machine the dropdown can close again while a modal or drawer is still moving into place; a person would open it
 * once more, and so does this (at most three tries).
 */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  // The public pages use a native <select> (F6 item 5: no antd Select there): pick by the option's text.
  if (await select.evaluate((element) => element.tagName === 'SELECT')) {
    await select.selectOption({ label: option });
    return;
  }
  // A multiple choice drawn as a group of checkboxes (the covered divisions of the platform facts): tick the option.
  if ((await select.getAttribute('role')) === 'group') {
    await select.getByRole('checkbox', { name: option, exact: true }).check();
    return;
  }
  // The select's own box shows the chosen label once the choice took. A CI run once clicked the option while the
  // modal was still settling and the choice was lost (the form then said 入口类型：不能为空): check, and choose again.
  const box = page.locator('.ant-select', { has: select }).first();
  const isChosen = () =>
    expect
      .poll(async () => (await box.innerText()).includes(option), { timeout: 3_000 })
      .toBe(true)
      .then(() => true, () => false);
  for (let attempt = 1; ; attempt += 1) {
    if ((await select.getAttribute('aria-expanded')) !== 'true') await select.click();
    if ((await select.getAttribute('readonly')) === null) await select.fill(option);
    try {
      await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click({ timeout: 5_000 });
      // A multiple choice toggles on a second click: never choose twice there.
      if ((await box.getAttribute('class'))?.includes('ant-select-multiple') || (await isChosen())) return;
      if (attempt >= 3) throw new Error(`下拉框“${label}”选择“${option}”后未显示所选项`);
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** The field-level error text shown beside a form field. */
export function fieldError(page: Page, label: string) {
  return page.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) }).locator('.ant-form-item-explain-error');
}

export interface RegistrationFields {
  creditCode: string;
  name: string;
  operatorKind: string;
  city: string;
  /** Label of the next-level field: 所在区县, or 所在镇街 in 东莞 and 中山. */
  childLabel: string;
  child: string;
  establishedOn: string;
  contactName: string;
  phone: string;
  username: string;
  password: string;
}

export async function fillRegistration(page: Page, f: RegistrationFields): Promise<void> {
  await page.getByLabel('统一社会信用代码').fill(f.creditCode);
  await page.getByLabel('单位名称').fill(f.name);
  await chooseOption(page, '运营主体类型', f.operatorKind);
  await page.getByRole('radio', { name: '否' }).check();
  await chooseOption(page, '所在地市', f.city);
  await chooseOption(page, f.childLabel, f.child);
  await page.getByLabel('成立日期').fill(f.establishedOn);
  await page.getByLabel('成立日期').press('Enter');
  await page.getByLabel('联系人姓名').fill(f.contactName);
  await page.getByLabel('联系电话').fill(f.phone);
  await page.getByLabel('用户名').fill(f.username);
  await page.getByLabel('密码', { exact: true }).fill(f.password);
  await page.getByLabel('确认密码').fill(f.password);
}

/** Whether `isDone` holds within `waitMs` (polled every 200 ms); `check` runs between polls and may throw to end at once. */
async function holdsWithin(isDone: () => Promise<boolean>, waitMs: number, check: () => Promise<void> = async () => undefined): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    if (await isDone().catch(() => false)) return true;
    await check();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

/** Acts, then waits up to `waitMs` for `isDone`, acting again at most three times in all. Whether it was done in the end. */
async function actUntil(act: () => Promise<void>, isDone: () => Promise<boolean>, waitMs: number, check?: () => Promise<void>): Promise<boolean> {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await act();
    if (await holdsWithin(isDone, waitMs, check)) return true;
  }
  return false;
}

/**
 * Presses a dialog's button (保存…, 确认…) and waits until `isDone` holds. On two busy cores a click can be lost
 * while the modal is still settling (a CI run once waited 15 s for a formal check that was never sent); a person
 * would press again, and so does this while the dialog still shows the button, at most three times. A refusal
 * shown in the dialog fails the step at once with its own words; the last failure quotes the dialog.
 */
export async function pressUntilDone(dialog: Locator, buttonName: string, isDone: () => Promise<boolean>): Promise<void> {
  const button = dialog.getByRole('button', { name: buttonName });
  const press = async () => {
    if (await button.isVisible().catch(() => false)) await button.click({ timeout: 5_000 }).catch(() => undefined);
  };
  const refusal = dialog.getByRole('alert');
  const failOnRefusal = async () => {
    if (await refusal.isVisible().catch(() => false)) throw new Error(`“${buttonName}”被拒绝：${await refusal.innerText()}`);
  };
  if (await actUntil(press, isDone, 10_000, failOnRefusal)) return;
  throw new Error(`按“${buttonName}”三次后仍未完成；对话框内容：${await dialog.innerText({ timeout: 1_000 }).catch(() => '（对话框已关闭）')}`);
}

/**
 * Answers the confirmation a form's own button opened (a modal, or a Popconfirm's popup) with `buttonName`: done once
 * it closes. The first press waits until the button is visible and still (Playwright's own checks) — not merely
 * present, as antd draws a popup once before its opening animation hides it again for a frame, and a check made in that
 * frame sees a button that then vanishes. While the confirmation stays open it is pressed again, at most three times
 * in all (a press lost while it settles). What the answer did is for the caller to check.
 */
export async function confirmWith(page: Page, buttonName: string | RegExp): Promise<void> {
  const confirmation = page.getByRole('dialog').or(page.getByRole('tooltip')).filter({ has: page.getByRole('button', { name: buttonName }) }).last();
  const button = confirmation.getByRole('button', { name: buttonName });
  const isClosed = async () => !(await button.isVisible().catch(() => false));
  await button.click();
  for (let press = 2; press <= 3; press += 1) {
    if (await holdsWithin(isClosed, 10_000)) return;
    await button.click({ timeout: 5_000 }).catch(() => undefined);
  }
  if (await holdsWithin(isClosed, 10_000)) return;
  throw new Error(`按“${String(buttonName)}”后确认框仍未关闭；内容：${await confirmation.innerText({ timeout: 1_000 }).catch(() => '（已关闭）')}`);
}

/**
 * Clicks until `isDone` holds, at most three times, 5 s apart: a click lost while a dialog settles is made again, as a
 * person would (a journey once timed out waiting for the 退回理由 field that the 退回修改 choice shows).
 */
export async function clickUntil(target: Locator, isDone: () => Promise<boolean>, what: string): Promise<void> {
  if (await actUntil(() => target.click(), isDone, 5_000)) return;
  throw new Error(`点击“${what}”三次后仍未生效`);
}
