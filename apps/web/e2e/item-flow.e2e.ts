import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, pageAs, PHONE, screenshot } from './support/browser';
import { formJs } from './support/form-js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TITLE = `推进老旧小区改造（e2e ${Date.now().toString(36)}）`;

/** Opens the user's inbox, finds the item's task by name, claims it if needed and opens it. */
async function openTask(page: Page, taskName: string): Promise<void> {
  await page.goto(`/inbox?text=${encodeURIComponent(TITLE)}`);
  const row = page.getByTestId('task-table').locator('tbody tr', { hasText: taskName }).first();
  // The engine and the inbox projector run in the background: the task shows up within a few seconds.
  await expect.poll(async () => row.count(), { timeout: 20_000, interval: 500 }).toBe(1);
  await row.getByTestId('open-task').click();
  await page.getByTestId('task-title').getByText(taskName).waitFor();
  // Group tasks are claimed on the task page first (认领), personal ones go straight to the form.
  const claim = page.getByTestId('claim');
  await claim.or(page.getByTestId('complete-task')).first().waitFor();
  if (await claim.isVisible()) await claim.click();
  await page.getByTestId('complete-task').waitFor();
}

async function submit(page: Page): Promise<void> {
  await page.getByTestId('complete-task').click();
  await page.waitForURL('**/inbox');
}

describe('an item from 立项 to 办结 in the browser (古县)', () => {
  it('is registered by 督查室, handled by the unit, sent back once, finished and closed with its documents', async () => {
    // 督查室 staff see and register every item: the administrator grants it to the role in the browser.
    const admin = await pageAs(browser, 'gu-admin');
    await admin.page.goto('/admin/roles');
    await admin.page.locator('tr', { hasText: 'supervision-staff' }).getByRole('button').click();
    const permissions = admin.page.locator('.ant-modal .ant-select').last();
    if (!(await permissions.textContent())?.includes('items.all')) {
      await permissions.click();
      await admin.page.locator('.ant-select-item-option', { hasText: 'items.all' }).click();
      await admin.page.keyboard.press('Escape');
    }
    await admin.page.locator('.ant-modal').getByRole('button', { name: /确\s?定|OK/ }).click();
    await admin.page.locator('tr', { hasText: 'supervision-staff' }).getByText('items.all').waitFor();
    await admin.context.close();

    // 立项 by 督查室 staff through the start form.
    const dcs = await pageAs(browser, 'gu-dcs-wang');
    await dcs.page.goto('/items/new');
    await dcs.page.getByTestId('register-process').click();
    await dcs.page.locator('.ant-select-item-option', { hasText: '古县督办事项' }).click();
    const register = formJs(dcs.page);
    await register.form.locator('.fjs-form').waitFor();
    await register.text('督办事项名称', TITLE);
    await register.select('事项来源', '县政府党组会议');
    await register.radio('事项类别', '一般性问题（10日内落实）');
    await register.text('督办事项内容', '按县长办公会议要求推进城区老旧小区改造');
    await register.text('工作要求', '每月报送进展，年底前完成');
    await register.select('承办单位', '县住房和城乡建设管理局');
    await register.check('牵头单位');
    await screenshot(dcs.page, 'register-form');
    await dcs.page.getByTestId('register-submit').click();
    await dcs.page.waitForURL(/\/items\/[0-9a-f-]{36}$/);
    const itemUrl = new URL(dcs.page.url()).pathname;
    await dcs.page.getByTestId('item-title').getByText(TITLE).waitFor();

    // The list is approved by 分管副主任, then 主任.
    for (const approver of ['gu-office-fzr', 'gu-office-zr']) {
      const { page, context } = await pageAs(browser, approver);
      await openTask(page, '审核《督办事项清单》');
      await formJs(page).radio('审核结论', '同意');
      await submit(page);
      await context.close();
    }

    // 督查室 confirms the notice reached the unit.
    await openTask(dcs.page, '督查经办人员确认通知送达');
    const delivery = formJs(dcs.page);
    await delivery.select('联系方式', '电话');
    await delivery.text('承办单位接收人', '高鹏');
    await delivery.text('接收人电话', '13800000015');
    await delivery.check('已确认督办通知送达');
    await submit(dcs.page);

    // The unit's head deploys the work, its contact reports and replies.
    const head = await pageAs(browser, 'gu-zjj-head');
    await openTask(head.page, '单位主要负责同志研究部署');
    const deploy = formJs(head.page);
    await deploy.text('研究部署情况', '召开专题会研究部署，明确分管领导和专人');
    await deploy.text('本单位专人负责', '高鹏');
    await deploy.text('专人联系电话', '13800000015');
    await submit(head.page);
    await head.context.close();

    // On the unit contact's phone the inbox is a list of cards.
    const phone = await pageAs(browser, 'gu-zjj-lxy', PHONE);
    await phone.page.goto('/inbox');
    await phone.page.getByTestId('task-card').filter({ hasText: '向县政府书面反馈办理情况' }).first().waitFor();
    await screenshot(phone.page, 'inbox-phone-cards');
    await phone.context.close();

    const unit = await pageAs(browser, 'gu-zjj-lxy');
    await openTask(unit.page, '向县政府书面反馈办理情况');
    const report = formJs(unit.page);
    await report.radio('办理进展', '已落实');
    await report.text('办理情况报告', '改造方案已制定，工程已开工');
    await report.text('报送人', '高鹏');
    await report.text('联系电话', '13800000015');
    await submit(unit.page);

    const reply = async (text: string) => {
      await openTask(unit.page, '办结回复');
      const form = formJs(unit.page);
      await form.text('办结回复', text);
      await form.check('已经本单位主要负责人核签');
      await form.check('已加盖本单位公章');
      await form.text('核签人', '段军');
      await submit(unit.page);
    };
    await reply('老旧小区改造已全部完成，居民反映良好。');

    // Sent back once, with a reason; the unit replies again and it is accepted.
    const review = await pageAs(browser, 'gu-sec1-chen');
    await openTask(review.page, '秘书科室审核办理情况');
    // The diagram tab marks where the unit's process is now.
    await review.page.getByRole('tab', { name: '流程图' }).click();
    await review.page.getByTestId('diagram').locator('.duban-active[data-element-id="reviewReply"]').waitFor();
    expect(await review.page.getByTestId('diagram').locator('.duban-done').count()).toBeGreaterThan(3);
    // The unit's process is drawn at the version it runs; 上级流程 shows the item's process waiting in its call.
    await review.page.getByTestId('diagram-version').getByText(/^版本 \d+$/).waitFor();
    await screenshot(review.page, 'task-diagram');
    await review.page.getByTestId('diagram-parent').click();
    await review.page.getByTestId('diagram-process').getByText('古县督办事项', { exact: true }).waitFor();
    await review.page.getByTestId('diagram').locator('.duban-active[data-element-id="handling"]').waitFor();
    expect(await review.page.getByTestId('diagram').locator('.duban-taken').count()).toBeGreaterThan(2);
    await screenshot(review.page, 'task-diagram-parent');
    await review.page.getByRole('tab', { name: '办理' }).click();
    await formJs(review.page).radio('审核结论', '退回');
    await formJs(review.page).text('审核意见', '请补充居民满意度调查结果');
    await submit(review.page);

    await reply('老旧小区改造已全部完成，已补充居民满意度调查（满意率96%）。');
    await openTask(review.page, '秘书科室审核办理情况');
    await formJs(review.page).radio('审核结论', '同意');
    await submit(review.page);
    await review.context.close();
    await unit.context.close();

    // 督查室 closes it off; the item is closed and its documents can be downloaded.
    await openTask(dcs.page, '督查室确认销号');
    await formJs(dcs.page).check('各承办单位均已办结，材料齐全');
    await submit(dcs.page);

    await dcs.page.goto(itemUrl);
    await expect.poll(async () => dcs.page.getByTestId('item-status').getAttribute('data-status'), { timeout: 20_000 }).toBe('closed');
    await dcs.page.getByRole('tab', { name: /文书/ }).click();
    const documents = dcs.page.getByTestId('item-documents');
    await documents.getByText(/督办通知单-古督〔\d{4}〕\d+号\.docx/).waitFor();
    const href = await documents.getByRole('link', { name: /下\s?载/ }).first().getAttribute('href');
    const download = await dcs.page.request.get(href!);
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 2).toString()).toBe('PK'); // a .docx is a zip
    await dcs.page.getByRole('tab', { name: '办理过程' }).click();
    await dcs.page.getByTestId('history').getByText('秘书科室审核办理情况').first().waitFor();
    await screenshot(dcs.page, 'item-closed');
    await dcs.context.close();
  });
});
