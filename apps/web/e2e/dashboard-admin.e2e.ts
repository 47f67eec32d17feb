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
});
