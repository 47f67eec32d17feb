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

describe('form and decision editors', () => {
  it('edits a new form with the form-js editor and keeps it as a draft for the next deploy', async () => {
    const { context, page } = await pageAs(browser, 'gu-admin');
    await page.goto('/forms');
    await page.getByTestId('resource-picker').fill('e2e-new-form');
    await page.getByTestId('resource-picker').press('Enter');
    await page.waitForURL('**/forms/e2e-new-form');
    const editor = page.getByTestId('form-editor');
    await editor.locator('.fjs-palette').waitFor();
    // Drag a text field from the palette onto the form.
    // form-js drags with real mouse moves (dragula), so move the mouse in steps rather than a synthetic drop.
    const from = (await editor.locator('.fjs-palette-field[data-field-type="textfield"]').boundingBox())!;
    const to = (await editor.getByText('Build your form').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + 20, to.y, { steps: 12 });
    await page.mouse.move(to.x + 40, to.y + 10, { steps: 6 });
    await page.mouse.up();
    await editor.locator('.fjs-form-field-textfield').first().waitFor();
    await page.getByTestId('save-draft').click();
    const drafts = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('duban.drafts.')).map(([, v]) => v));
    expect(drafts.join()).toContain('textfield');
    await screenshot(page, 'form-editor');
    await context.close();
  });

  it('opens a new decision table in dmn-js', async () => {
    const { context, page } = await pageAs(browser, 'gu-admin');
    await page.goto('/dmn');
    await page.getByTestId('resource-picker').fill('e2e-new-decisions');
    await page.getByTestId('resource-picker').press('Enter');
    await page.waitForURL('**/dmn/e2e-new-decisions');
    await page.getByTestId('dmn-editor').locator('.tjs-table').waitFor();
    await expect(page.getByTestId('dmn-editor').getByText('输出').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'dmn-editor');
    await context.close();
  });

  it('lists the deployed forms and decision files and opens one of each', async () => {
    const { context, page } = await pageAs(browser, 'gu-admin');
    await page.goto('/forms');
    await page.getByTestId('deployed-forms').getByRole('link', { name: 'gu-register', exact: true }).click();
    await page.waitForURL('**/forms/gu-register');
    await page.getByTestId('form-editor').getByText('督办事项名称').first().waitFor();
    await screenshot(page, 'form-editor-deployed');

    await page.goto('/dmn');
    const files = page.getByTestId('deployed-decisions');
    await files.getByText('gu-time-limit', { exact: true }).waitFor();
    await screenshot(page, 'dmn-list');
    await files.getByRole('link', { name: '古县办理时限' }).click();
    await page.waitForURL('**/dmn/gu-time-limit-definitions');
    await page.getByTestId('dmn-editor').getByText('注明的办理期限').first().waitFor();
    await screenshot(page, 'dmn-editor-deployed');
    await context.close();
  });
});

