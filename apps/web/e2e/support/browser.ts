import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject, onTestFailed } from 'vitest';

/** Debian's Chromium (apt-get install chromium); Playwright's own browser download cannot work here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

export const DESKTOP = { width: 1366, height: 860 };
export const PHONE = { width: 390, height: 844 };

/** A fresh context (own cookies) in Chinese, as the people using Duban have it. */
export async function newPage(
  browser: Browser,
  viewport = DESKTOP,
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    storageState,
    baseURL: inject('baseURL'),
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    isMobile: viewport.width < 500,
    hasTouch: viewport.width < 500,
  });
  const page = await context.newPage();
  // A page error fails loudly in the test log instead of leaving a blank screen to guess about.
  page.on('pageerror', (error) => console.error(`[browser] ${error.message}\n${error.stack ?? ''}`));
  // A failed test leaves a picture of what the browser showed (tmp/e2e/screens/FAILED-*.png).
  onTestFailed(async ({ task }) => {
    if (!page.isClosed()) await screenshot(page, `FAILED-${task.name.replace(/[^\w\u4e00-\u9fff]+/g, '-').slice(0, 60)}`).catch(() => undefined);
  });
  return { context, page };
}

/** Fills and sends the login form (from wherever the page is, e.g. after a redirect to /login). */
export async function submitLogin(page: Page, username: string, password = inject('demoPassword')): Promise<void> {
  if (!new URL(page.url()).pathname.startsWith('/login')) await page.goto('/login');
  await page.getByLabel('账号').fill(username);
  await page.getByLabel('密码').fill(password);
  // antd puts a space between two Chinese characters on a button: 登 录.
  await page.getByRole('button', { name: /^登\s?录$/ }).click();
}

export async function login(page: Page, username: string, password?: string): Promise<void> {
  await submitLogin(page, username, password);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(inject('screenshotDir'), `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();

/**
 * A page logged in as `username`, reusing that user's session cookie across tests: the server allows 20 logins
 * a minute per address, and a run logs in as many people. Tests that log out use `login` on a fresh page instead.
 */
export async function pageAs(browser: Browser, username: string, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const saved = sessions.get(username);
  const { context, page } = await newPage(browser, viewport, saved);
  if (!saved) {
    await login(page, username);
    sessions.set(username, await context.storageState());
  }
  return { context, page };
}
