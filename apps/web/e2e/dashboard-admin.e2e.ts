import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, pageAs, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('leaders and administrators', () => {
  it('shows the dashboard charts and hands out the quarterly bulletin as .docx', async () => {
    const { context, page } = await pageAs(browser, 'gu-admin');
    await page.goto('/dashboard');
    await page.getByTestId('chart-trend').locator('canvas').waitFor();
    // Bars and a doughnut once items have closed and have limits; 暂无数据 on a server with none yet.
    await page.getByTestId('chart-on-time').waitFor();
    await page.getByTestId('chart-lights').waitFor();
    const href = await page.getByRole('link', { name: /季度督查通报/ }).getAttribute('href');
    expect(href).toMatch(/^\/api\/reports\/bulletin\.docx\?from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}$/);
    const bulletin = await page.request.get(href!);
    expect(bulletin.status()).toBe(200);
    expect((await bulletin.body()).subarray(0, 2).toString()).toBe('PK');
    await screenshot(page, 'dashboard');
    await context.close();
  });

  it('lists the organisation and edits a unit in the browser', async () => {
    const { context, page } = await pageAs(browser, 'gu-admin');
    await page.goto('/admin/units');
    const row = page.locator('tr', { hasText: 'gu-czj' });
    await row.getByText('县财政局').waitFor();
    await row.getByRole('button').click();
    const name = page.locator('.ant-modal').getByLabel('名称');
    await name.fill('县财政局（e2e）');
    await page.locator('.ant-modal').getByRole('button', { name: /确\s?定/ }).click();
    await page.locator('tr', { hasText: 'gu-czj' }).getByText('县财政局（e2e）').waitFor();
    // Put it back for the other tests.
    await page.locator('tr', { hasText: 'gu-czj' }).getByRole('button').click();
    await page.locator('.ant-modal').getByLabel('名称').fill('县财政局');
    await page.locator('.ant-modal').getByRole('button', { name: /确\s?定/ }).click();
    await page.locator('tr', { hasText: 'gu-czj' }).getByText('县财政局', { exact: true }).waitFor();
    await page.getByRole('tab', { name: '人员' }).click();
    await page.locator('tr', { hasText: 'gu-dcs-wang' }).getByText('王晓燕').waitFor();
    await screenshot(page, 'admin-people');
    await context.close();
  });

  it('uploads a holiday file: a bad one is refused with its problems listed, a good one adds its year', async () => {
    const { context, page } = await pageAs(browser, 'gu-admin');
    await page.goto('/admin/calendar');
    await page.getByTestId('calendar-years').getByText(/2026/).waitFor();
    const upload = (content: unknown) =>
      page.locator('input[type=file]').setInputFiles({ name: 'calendar.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
    await upload({ years: [{ year: 2027, source: '', holidays: [{ name: '元旦', from: '2027-01-03', to: '2027-01-01' }], makeUpWorkingDays: [] }] });
    const problems = page.getByTestId('calendar-problems');
    await problems.getByText('years[0].source').waitFor();
    await problems.getByText('years[0].holidays[0]').waitFor();
    await screenshot(page, 'admin-calendar-refused');
    expect(await page.getByTestId('calendar-years').textContent()).not.toContain('2027');

    await upload({ description: 'e2e', extraHolidays: [], extraWorkingDays: [], years: [{ year: 2027, source: '测试用通知', holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }], makeUpWorkingDays: [] }] });
    await page.getByTestId('calendar-years').getByText(/2027/).waitFor();
    await page.getByText('管理员上传').waitFor();
    await expect(problems.count()).resolves.toBe(0);
    await screenshot(page, 'admin-calendar');
    await context.close();
  });

  it('sets up the SMS channel with a write-only token', async () => {
    const { context, page } = await pageAs(browser, 'gu-admin');
    await page.goto('/admin/channels');
    const sms = page.getByTestId('channel-sms');
    await sms.getByText('短信', { exact: true }).waitFor();
    await sms.getByRole('button', { name: /编\s?辑/ }).click();
    const dialog = page.locator('.ant-modal');
    await dialog.getByLabel('短信网关地址').fill('http://127.0.0.1:9091/sms');
    await dialog.getByLabel('网关令牌').fill('e2e-secret-token');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await sms.getByText('http://127.0.0.1:9091/sms').waitFor();
    await sms.getByText(/网关令牌: 已设置/).waitFor();
    expect(await page.content()).not.toContain('e2e-secret-token');
    await screenshot(page, 'admin-channels');
    await context.close();
  });
});
