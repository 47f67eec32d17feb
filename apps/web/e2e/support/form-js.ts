import type { Locator, Page } from 'playwright-core';

/** Fills a form-js form by its labels, the way a person would (the server validates against the same schema). */
export function formJs(page: Page, testId = 'task-form') {
  const form = page.getByTestId(testId);
  // The innermost field whose label contains the text (a dynamic list's label may contain its fields' labels).
  const field = (label: string): Locator =>
    form.locator('.fjs-form-field', { has: page.locator('.fjs-form-field-label', { hasText: label }) }).last();
  return {
    form,
    async text(label: string, value: string) {
      await field(label).locator('input, textarea').first().fill(value);
    },
    async radio(label: string, option: string) {
      await field(label).getByLabel(option, { exact: true }).check();
    },
    async check(label: string) {
      await field(label).locator('input[type="checkbox"]').check();
    },
    async select(label: string, option: string) {
      await field(label).locator('.fjs-input-group').click();
      await page.locator('.fjs-dropdownlist-item', { hasText: option }).first().click();
    },
  };
}
