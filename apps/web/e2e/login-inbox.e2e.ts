import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, login, newPage, PHONE, screenshot, submitLogin } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('logging in and the inbox shell', () => {
  it('refuses a wrong password with a message and stays on the login page', async () => {
    const { context, page } = await newPage(browser);
    await submitLogin(page, 'gu-dcs-wang', 'not-the-password');
    await expect(page.getByTestId('login-error').textContent()).resolves.toContain('账号或密码错误');
    expect(new URL(page.url()).pathname).toBe('/login');
    await context.close();
  });

  it('sends an anonymous visitor to the login page and back to where they wanted after login', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/inbox?view=done');
    await page.waitForURL('**/login');
    await login(page, 'gu-dcs-wang');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/inbox?view=done');
    await context.close();
  });

  it('shows 古县 督查室 staff their inbox in Chinese, switches to English and logs out', async () => {
    const { context, page } = await newPage(browser);
    await login(page, 'gu-dcs-wang');
    await page.waitForURL('**/inbox');
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('王晓燕');
    await page.getByRole('heading', { name: '我的待办' }).waitFor();
    await page.getByText('古县 · 督查督办平台').waitFor();
    await page.getByTestId('inbox-filters').waitFor();
    await screenshot(page, 'inbox-desktop-zh');

    await page.getByTestId('locale-switch').click();
    await page.getByRole('heading', { name: 'My inbox' }).waitFor();
    await page.getByTestId('locale-switch').click();
    await page.getByRole('heading', { name: '我的待办' }).waitFor();

    await page.getByTestId('logout').click();
    await page.waitForURL('**/login');
    await page.goto('/inbox');
    await page.waitForURL('**/login');
    await context.close();
  });

  it('fits a phone: the menu becomes a drawer', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await login(page, 'gu-fgj-lxy');
    await page.getByRole('heading', { name: '我的待办' }).waitFor();
    expect(await page.getByTestId('main-menu').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'menu' }).click();
    await page.getByTestId('main-menu').getByText('督办事项').waitFor();
    await screenshot(page, 'inbox-phone-menu');
    // No horizontal scrolling on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('keeps a saved filter on the server and applies it from the menu', async () => {
    const { context, page } = await newPage(browser);
    await login(page, 'gu-dcs-liu');
    await page.goto('/inbox?light=red&overdue=true');
    await page.getByTestId('saved-filters').click();
    await page.getByText('保存当前筛选').click();
    await page.locator('.ant-modal').getByLabel('筛选名称').fill('超期红灯');
    await page.locator('.ant-modal').getByRole('button', { name: /确\s?定/ }).click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });

    await page.goto('/inbox');
    await page.getByTestId('saved-filters').click();
    await page.locator('.ant-dropdown-menu-item', { hasText: '超期红灯' }).click();
    await page.waitForURL(/light=red/);
    expect(new URL(page.url()).searchParams.get('overdue')).toBe('true');
    await expect(page.getByTestId('filter-light').inputValue()).resolves.toBe('red');
    await context.close();
  });
});

