import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, login, newPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the modeler', () => {
  it('opens a new Camunda 8 diagram with the properties panel, Duban templates and the problems panel', async () => {
    const { context, page } = await newPage(browser);
    await login(page, 'gu-admin');
    await page.goto('/modeler');
    await page.getByRole('button', { name: /新建流程/ }).click();
    await page.getByTestId('bpmn-modeler').locator('.djs-element[data-element-id="StartEvent_1"]').waitFor();

    // Append a service task without a job type: the linter flags it in the problems panel.
    await page.getByTestId('properties-panel').locator('.bio-properties-panel-header').waitFor();
    await page.locator('.djs-element[data-element-id="StartEvent_1"]').click();
    await page.locator('.djs-context-pad .entry[data-action="append.append-task"]').click();
    await page.locator('.djs-context-pad .entry[data-action="replace"]').click();
    await page.locator('.djs-popup [data-id="replace-with-service-task"]').click();
    const problems = page.getByTestId('problems').locator('.ant-list-item');
    await expect.poll(() => problems.count()).toBeGreaterThan(0);
    await screenshot(page, 'modeler-problem');

    // Applying Duban's 计算时限 template sets the job type and offers its fields by their Chinese labels.
    await page.getByTestId('properties-panel').getByRole('button', { name: /select/i }).first().click();
    await page.locator('.cmd-change-menu, .bio-element-template-chooser, [class*="template"]').getByText('计算时限').first().click();
    await page.getByTestId('properties-panel').locator('.bio-properties-panel-group-header', { hasText: '配置' }).click();
    await page.getByTestId('properties-panel').getByText('时限变量').first().waitFor();
    await expect.poll(() => problems.count()).toBe(0);
    await screenshot(page, 'modeler-new-diagram');
    await context.close();
  });
});
