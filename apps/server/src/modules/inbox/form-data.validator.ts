/**
 * Checks submitted data against a form-js schema the way the form itself does in the browser — so that a client
 * that skips the form cannot complete a task with missing or mistyped fields. Returns `field path → problems`
 * (empty when valid). FEEL-valued settings (`=…`) and conditional visibility are left to the browser.
 */
interface Component {
  type?: string;
  key?: string;
  path?: string;
  label?: string;
  subtype?: string;
  values?: { value: unknown }[];
  components?: Component[];
  validate?: { required?: unknown; minLength?: unknown; maxLength?: unknown; pattern?: unknown; patternErrorMessage?: unknown; min?: unknown; max?: unknown };
}

type Problems = Record<string, string[]>;
const VALUE_TYPES = new Set(['textfield', 'textarea', 'number', 'checkbox', 'checklist', 'radio', 'select', 'datetime', 'taglist', 'expression', 'filepicker']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z)?$/;

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function validateFormData(schema: { components?: unknown }, data: Record<string, unknown>): Problems {
  const problems: Problems = {};
  validateLevel((schema.components ?? []) as Component[], data, '', problems);
  return problems;
}

function validateLevel(components: Component[], data: Record<string, unknown>, prefix: string, problems: Problems): void {
  const known = new Set<string>();
  walk(components, data, prefix, problems, known);
  for (const key of Object.keys(data)) {
    if (!known.has(key)) add(problems, `${prefix}${key}`, '表单中没有此字段 / not a field of the form');
  }
}

function walk(components: Component[], data: Record<string, unknown>, prefix: string, problems: Problems, known: Set<string>): void {
  for (const component of components) {
    if (component.type === 'dynamiclist' && component.path) {
      known.add(component.path);
      const list = data[component.path];
      if (list === undefined || list === null) continue;
      if (!Array.isArray(list)) {
        add(problems, `${prefix}${component.path}`, '应为列表 / must be a list');
        continue;
      }
      list.forEach((entry, i) => {
        const at = `${prefix}${component.path}[${i}].`;
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) add(problems, at.slice(0, -1), '应为对象 / must be an object');
        else validateLevel(component.components ?? [], entry as Record<string, unknown>, at, problems);
      });
    } else if (component.components) {
      if (component.path) {
        known.add(component.path);
        const nested = data[component.path] ?? {};
        if (typeof nested !== 'object' || Array.isArray(nested)) add(problems, `${prefix}${component.path}`, '应为对象 / must be an object');
        else validateLevel(component.components, nested as Record<string, unknown>, `${prefix}${component.path}.`, problems);
      } else {
        walk(component.components, data, prefix, problems, known);
      }
    } else if (component.key && VALUE_TYPES.has(component.type ?? '')) {
      known.add(component.key);
      validateField(component, data[component.key], `${prefix}${component.key}`, problems);
    }
  }
}

function validateField(c: Component, value: unknown, field: string, problems: Problems): void {
  const v = c.validate ?? {};
  const label = c.label ?? c.key;
  if (isEmpty(value) || (c.type === 'checkbox' && value === false)) {
    if (v.required === true) add(problems, field, `必填：${label} / required`);
    return;
  }
  const staticValues = c.values?.map((x) => x.value);
  switch (c.type) {
    case 'textfield':
    case 'textarea': {
      if (typeof value !== 'string') return add(problems, field, '应为文本 / must be text');
      const min = num(v.minLength);
      const max = num(v.maxLength);
      if (min !== undefined && value.length < min) add(problems, field, `至少 ${min} 个字 / at least ${min} characters`);
      if (max !== undefined && value.length > max) add(problems, field, `至多 ${max} 个字 / at most ${max} characters`);
      if (typeof v.pattern === 'string' && !safeTest(v.pattern, value)) {
        add(problems, field, typeof v.patternErrorMessage === 'string' ? v.patternErrorMessage : '格式不符 / does not match the pattern');
      }
      return;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return add(problems, field, '应为数字 / must be a number');
      const min = num(v.min);
      const max = num(v.max);
      if (min !== undefined && value < min) add(problems, field, `不小于 ${min} / at least ${min}`);
      if (max !== undefined && value > max) add(problems, field, `不大于 ${max} / at most ${max}`);
      return;
    }
    case 'checkbox':
      if (typeof value !== 'boolean') add(problems, field, '应为是/否 / must be true or false');
      return;
    case 'checklist':
    case 'taglist':
      if (!Array.isArray(value)) return add(problems, field, '应为列表 / must be a list');
      if (staticValues && value.some((x) => !staticValues.includes(x))) add(problems, field, '含有不在选项中的值 / value not among the options');
      return;
    case 'radio':
    case 'select':
      if (staticValues && !staticValues.includes(value)) add(problems, field, '不在选项中 / not among the options');
      else if (!staticValues && typeof value !== 'string' && typeof value !== 'number') add(problems, field, '应为选项值 / must be an option value');
      return;
    case 'datetime':
      if (typeof value !== 'string') return add(problems, field, '应为日期时间文本 / must be a date or time string');
      if (c.subtype === 'date' ? !DATE.test(value) || Number.isNaN(Date.parse(value)) : c.subtype === 'time' ? !TIME.test(value) : Number.isNaN(Date.parse(value))) {
        add(problems, field, '日期时间格式不对 / invalid date or time');
      }
      return;
    default:
      return;
  }
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern).test(value);
  } catch {
    return true; // a broken pattern in a form is a modelling error, not the user's
  }
}

function add(problems: Problems, field: string, message: string): void {
  (problems[field] ??= []).push(message);
}
