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

describe('the modeler', () => {
  it('opens a new Camunda 8 diagram with the properties panel, Duban templates and the problems panel', async () => {
    const { context, page } = await pageAs(browser, 'gu-admin');
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

  it('opens the deployed 承办单位办理 process, changes a time limit, deploys version 2 and starts it with the new limit', async () => {
    const { context, page } = await pageAs(browser, 'gu-admin');
    await page.goto('/modeler/gu-unit-handling');
    const canvas = page.getByTestId('bpmn-modeler');
    await canvas.locator('.djs-element[data-element-id="receiptDeadline"]').waitFor();
    const before = Number((await page.getByTestId('modeler-version').textContent())!.slice(1));
    await screenshot(page, 'modeler-deployed');

    // 送达确认时限 1d → 1m in the task's headers (the properties panel's Headers group).
    await canvas.locator('.djs-element[data-element-id="receiptDeadline"] .djs-hit').click();
    await expect.poll(() => canvas.locator('.djs-element.selected[data-element-id="receiptDeadline"]').count()).toBe(1);
    const panel = page.getByTestId('properties-panel');
    await panel.locator('.bio-properties-panel-group-header', { hasText: 'Headers' }).click();
    const limitHeader = panel.locator('.bio-properties-panel-collapsible-entry', { has: page.locator('.bio-properties-panel-collapsible-entry-header-title', { hasText: /^limit$/ }) });
    await limitHeader.locator('.bio-properties-panel-collapsible-entry-header').click();
    const value = limitHeader.getByLabel('Value');
    expect(await value.inputValue()).toBe('1d');
    await value.fill('1m');
    await value.press('Tab');
    await page.getByText('有未部署的修改').waitFor();

    await page.getByTestId('deploy').click();
    await page.getByTestId('deploy-confirm').click();
    await page.getByText(`已部署，版本 ${before + 1}`).waitFor();
    await expect.poll(async () => page.getByTestId('modeler-version').textContent()).toBe(`v${before + 1}`);

    // What changed between the two versions, element by element.
    await page.getByTestId('versions-open').click();
    const diff = page.getByTestId('version-diff');
    await diff.getByText('计算送达确认时限（1日内，短期限即时）').waitFor();
    await expect(diff.textContent()).resolves.toMatch(/1d\s*→\s*1m/);
    await screenshot(page, 'modeler-version-diff');
    await page.keyboard.press('Escape');

    // Start one instance on each version; the new one's first task is due a month out instead of a day.
    const startOn = async (version: number) => {
      await page.goto('/modeler/gu-unit-handling');
      await page.getByTestId('start-open').click();
      await page.getByTestId('start-version').click();
      await page.locator('.ant-select-dropdown .ant-select-item-option', { hasText: `v${version}` }).click();
      // A called process gets its item and unit from the caller; started alone it needs them given (the
      // 延期申请 event sub-process subscribes by itemId/unit at once).
      await page.getByTestId('start-variables').fill('{"itemId": "e2e-modeler", "unit": "gu-zjj", "lead": true}');
      await page.getByTestId('start-confirm').click();
      await page.waitForURL('**/inbox?view=all&processId=gu-unit-handling');
    };
    const dueDates = async () => {
      await page.getByTestId('task-table').locator('tbody tr').first().waitFor({ timeout: 5_000 });
      return page.getByTestId('task-table').locator('tbody tr').evaluateAll((rows) =>
        rows.map((r) => (r as HTMLElement).innerText).filter((text) => text.includes('确认通知送达')).map((text) => /\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? ''),
      );
    };
    await startOn(before);
    await expect.poll(async () => (await dueDates()).length, { timeout: 45_000, interval: 1_000 }).toBeGreaterThan(0);
    const oldDue = (await dueDates()).sort()[0];
    await startOn(before + 1);
    await expect
      .poll(async () => (await dueDates()).some((d) => daysBetween(oldDue, d) >= 27), { timeout: 45_000, interval: 1_000 })
      .toBe(true);
    await screenshot(page, 'inbox-after-v2');
    await context.close();
  });
});

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

