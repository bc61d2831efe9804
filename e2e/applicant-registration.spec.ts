// Journey: an operating organisation in 深圳 registers itself, sees field errors in Chinese beside the fields,
// then logs in and finds its own organisation in its workspace.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCreditCode } from '../src/db/testing/builders';
import { DESKTOP, PHONE, baseUrl, hasHorizontalOverflow, launchBrowser, openPage, screenshot } from './support/browser';
import { fieldError, fillRegistration } from './support/forms';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('applicant self-registration', () => {
  it('registers an organisation and logs in to its workspace', async () => {
    const page = await openPage(browser, DESKTOP);
    const creditCode = makeCreditCode('440300');
    const username = `sz.reg${Date.now() % 1_000_000}`;
    const password = 'Shenzhen#Reg2026';
    const name = '深圳市南山区中小企业服务促进中心';

    await page.goto('/');
    await page.getByRole('link', { name: '申报单位注册' }).first().click();
    await page.waitForURL(/\/register/);

    // Submitting an empty form puts a Chinese message beside each required field.
    await page.getByRole('button', { name: /注册/ }).last().click();
    await expect.poll(() => fieldError(page, '统一社会信用代码').textContent()).toMatch(/统一社会信用代码/);
    await expect.poll(() => fieldError(page, '单位名称').textContent()).toMatch(/单位名称/);
    await screenshot(page, 'register-empty-errors-desktop');

    // A mistyped check digit is caught beside the field.
    const wrongCheck = creditCode.slice(0, 17) + (creditCode.endsWith('1') ? '2' : '1');
    await page.getByLabel('统一社会信用代码').fill(wrongCheck);
    await page.getByLabel('单位名称').click();
    await expect.poll(() => fieldError(page, '统一社会信用代码').textContent()).toBe('统一社会信用代码校验位不正确，请核对后重新输入');

    await fillRegistration(page, {
      creditCode: creditCode.toLowerCase(),
      name,
      operatorKind: '事业单位',
      city: '深圳市',
      childLabel: '所在区县',
      child: '南山区',
      establishedOn: '2016-05-20',
      contactName: '周敏',
      phone: '13712345678',
      username,
      password,
    });
    await page.getByLabel('电子邮箱').fill('zhoumin@example.cn');
    await screenshot(page, 'register-filled-desktop');
    await page.getByRole('button', { name: /注册/ }).last().click();

    await expect.poll(() => page.getByText('注册成功').first().isVisible()).toBe(true);
    await screenshot(page, 'register-success-desktop');
    await page.getByRole('link', { name: /登录/ }).last().click();
    await page.waitForURL(/\/login/);
    expect(await page.getByLabel('用户名').inputValue()).toBe(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/workspace/);
    await expect.poll(() => page.getByText('待办事项').first().isVisible()).toBe(true);

    await page.getByRole('menuitem', { name: '本单位信息' }).click();
    await expect.poll(() => page.getByText(name).first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText(creditCode).first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('13712345678').first().isVisible()).toBe(true);
    await screenshot(page, 'applicant-my-organisation-desktop');
    await page.context().close();
  });

  it('on a 375 px phone: a 东莞 organisation registers, after a taken credit code is refused beside the field', async () => {
    const page = await openPage(browser, PHONE);
    const taken = makeCreditCode('441900');
    const first = await fetch(`${baseUrl()}/api/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'shifan' },
      body: JSON.stringify({
        organisation: { creditCode: taken, name: '东莞市先注册的服务中心', operatorKind: 'public_institution', isBranch: false, cityCode: '441900', countyCode: '441900003', establishedOn: '2015-01-01' },
        contact: { name: '李雷', phone: '13600000000' },
        account: { username: `dg.first${Date.now() % 1_000_000}`, password: 'Dongguan#First2026' },
      }),
    });
    expect(first.status).toBe(201);

    await page.goto('/register');
    await expect.poll(() => page.getByLabel('统一社会信用代码').isVisible()).toBe(true);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'register-phone');
    const fields = {
      creditCode: taken,
      name: '东莞市松山湖中小企业数字化服务中心',
      operatorKind: '事业单位',
      city: '东莞市',
      // 东莞 has no county level: the next field asks for a town or street.
      childLabel: '所在镇街',
      child: '松山湖',
      establishedOn: '2017-03-15',
      contactName: '韩梅',
      phone: '0769-22881234',
      username: `dg.reg${Date.now() % 1_000_000}`,
      password: 'Dongguan#Reg2026',
    };
    await fillRegistration(page, fields);
    await page.getByRole('button', { name: /注册/ }).last().click();
    await expect.poll(() => fieldError(page, '统一社会信用代码').textContent()).toMatch(/该统一社会信用代码已注册/);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'register-taken-code-phone');

    await page.getByLabel('统一社会信用代码').fill(makeCreditCode('441900'));
    await page.getByRole('button', { name: /注册/ }).last().click();
    await expect.poll(() => page.getByText('注册成功').first().isVisible()).toBe(true);
    await screenshot(page, 'register-success-phone');
    await page.context().close();
  });
});
