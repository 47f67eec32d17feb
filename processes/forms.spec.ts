// Every form is form-js JSON that the Camunda form linter accepts for Zeebe 8.8, with Chinese labels, unique keys
// and validation on what must be filled in; option lists of units and people match the tenant's organisation.
import { describe, expect, it } from 'vitest';
import { FormLinter } from '@camunda/form-linting';
import { loadTenant, tenantIds } from './tools/tenant-files.util.js';

interface Component {
  id: string;
  type: string;
  key?: string;
  path?: string;
  label?: string;
  dateLabel?: string;
  text?: string;
  values?: { label: string; value: string }[];
  validate?: { required?: boolean; pattern?: string };
  components?: Component[];
}
interface FormSchema { id: string; type: string; schemaVersion: number; executionPlatform: string; executionPlatformVersion: string; components: Component[] }

const INPUT_TYPES = ['textfield', 'textarea', 'number', 'checkbox', 'checklist', 'radio', 'select', 'taglist', 'datetime'];
const CHINESE = /[\u4e00-\u9fff]/;
const tenants = tenantIds().map(loadTenant);
const linter = new FormLinter();

function walk(components: Component[], visit: (c: Component, scope: string) => void, scope = ''): void {
  for (const c of components) {
    visit(c, scope);
    if (c.components) walk(c.components, visit, `${scope}${c.path ?? c.id}/`);
  }
}

describe.each(tenants.map((t) => [t.id, t] as const))('%s forms', (_id, t) => {
  const unitCodes = new Set(t.organisation.units.map((u) => u.code));
  const personIds = new Set(t.organisation.people.map((p) => p.id));

  for (const file of t.forms) {
    const form = JSON.parse(file.text) as FormSchema;

    it(`${file.name}: a form-js schema for Zeebe 8.8 named after its file`, () => {
      expect(form.type).toBe('default');
      expect(`${form.id}.form`).toBe(file.name);
      expect(form.executionPlatform).toBe('Camunda Cloud');
      expect(form.executionPlatformVersion).toBe('8.8.0');
      expect(form.schemaVersion).toBeGreaterThanOrEqual(16);
      expect(linter.lint(form).map((r: { message: string }) => r.message)).toEqual([]);
    });

    it(`${file.name}: unique ids and keys, Chinese labels, closed options`, () => {
      const ids = new Set<string>();
      const keys = new Set<string>();
      const problems: string[] = [];
      walk(form.components, (c, scope) => {
        if (ids.has(c.id)) problems.push(`duplicate id ${c.id}`);
        ids.add(c.id);
        if (!INPUT_TYPES.includes(c.type)) return;
        const key = `${scope}${c.key}`;
        if (!c.key || keys.has(key)) problems.push(`missing or duplicate key ${key}`);
        keys.add(key);
        if (!CHINESE.test(c.label ?? c.dateLabel ?? '')) problems.push(`${key}: label not in Chinese`);
        for (const option of c.values ?? []) {
          if (!CHINESE.test(option.label)) problems.push(`${key}: option ${option.value} not labelled in Chinese`);
          const looksLikeUnit = /^[a-z]+-/.test(option.value) && option.value.startsWith(t.organisation.units[0].code.split('-')[0] + '-');
          if (looksLikeUnit && !unitCodes.has(option.value) && !personIds.has(option.value)) problems.push(`${key}: ${option.value} is neither a unit nor a person`);
        }
        if (c.validate?.pattern) new RegExp(c.validate.pattern);
      });
      expect(problems).toEqual([]);
    });
  }

  it('the registration forms require a title and lay out units with their own limits', () => {
    const starts = t.tenant.processes.flatMap((p) => (p.startForm ? [p.startForm] : []));
    for (const id of starts) {
      const form = JSON.parse(t.forms.find((f) => f.name === `${id}.form`)!.text) as FormSchema;
      const required = new Set<string>();
      walk(form.components, (c) => { if (c.validate?.required && c.key) required.add(c.key); });
      expect(required.has('title') || required.has('year'), `${id} requires a title`).toBe(true);
    }
  });

  it('审核 / 阅签 forms offer exactly 同意 / 退回 as decision approve / reject', () => {
    const approvals = t.forms.filter((f) => /-(approve|sign)\.form$/.test(f.name));
    expect(approvals.length).toBeGreaterThan(0);
    for (const file of approvals) {
      const decision = (JSON.parse(file.text) as FormSchema).components.find((c) => c.key === 'decision')!;
      expect(decision.validate?.required, file.name).toBe(true);
      expect(decision.values!.map((v) => v.value)).toEqual(['approve', 'reject']);
    }
  });

  it('延期申请 forms ask the 督查室 for 同意 / 不同意 and an opinion', () => {
    for (const file of t.forms.filter((f) => f.name.endsWith('-extension.form'))) {
      const components = (JSON.parse(file.text) as FormSchema).components;
      const decision = components.find((c) => c.key === 'extensionDecision')!;
      expect(decision.validate?.required, file.name).toBe(true);
      expect(decision.values).toEqual([{ label: '同意', value: 'approve' }, { label: '不同意', value: 'reject' }]);
      expect(components.find((c) => c.key === 'extensionOpinion')?.validate?.required, file.name).toBe(true);
    }
  });

  it('the form linter is really on: an unsupported component is reported', () => {
    const form = JSON.parse(t.forms[0].text) as FormSchema;
    const broken = { ...form, components: [...form.components, { id: 'x', type: 'no-such-component', key: 'x', label: '无' }] };
    expect(linter.lint(broken).length).toBeGreaterThan(0);
  });
});
