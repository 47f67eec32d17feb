/**
 * What a person can submit through a form-js form: only its fields, required ones filled, a choice among the
 * offered values, patterns and lengths respected. A scenario that types data the form cannot produce would prove
 * nothing about the procedure, so the runner refuses it with the field named.
 */
export interface FormComponent {
  type: string;
  key?: string;
  path?: string;
  label?: string;
  values?: { value: unknown }[];
  validate?: { required?: boolean; minLength?: number; maxLength?: number; pattern?: string; min?: number; max?: number };
  conditional?: { hide?: string };
  components?: FormComponent[];
}

export interface FormSchema {
  id: string;
  components: FormComponent[];
}

export function checkFormData(form: FormSchema, data: Record<string, unknown>): string[] {
  return checkLevel(form.components, data, form.id);
}

function checkLevel(components: FormComponent[], data: Record<string, unknown>, where: string): string[] {
  const problems: string[] = [];
  const known = new Set<string>();
  for (const component of flatten(components)) {
    if (component.type === 'dynamiclist' && component.path) {
      known.add(component.path);
      const rows = data[component.path];
      if (rows === undefined) continue;
      if (!Array.isArray(rows)) {
        problems.push(`${where}.${component.path}: a list is expected`);
        continue;
      }
      rows.forEach((row, index) =>
        problems.push(...checkLevel(component.components ?? [], row as Record<string, unknown>, `${where}.${component.path}[${index}]`)),
      );
    } else if (component.key) {
      known.add(component.key);
      problems.push(...checkField(component, data[component.key], `${where}.${component.key}`));
    }
  }
  for (const key of Object.keys(data)) {
    if (!known.has(key)) problems.push(`${where}.${key} is not a field of the form`);
  }
  return problems;
}

/** Groups without a path share their parent's data. */
function flatten(components: FormComponent[]): FormComponent[] {
  return components.flatMap((c) => (c.type !== 'dynamiclist' && !c.key && c.components ? flatten(c.components) : [c]));
}

function checkField(component: FormComponent, value: unknown, where: string): string[] {
  const rules = component.validate ?? {};
  // As form-js (and the server's validator): a required checkbox left unticked counts as empty.
  const unticked = component.type === 'checkbox' && value === false;
  const empty = value === undefined || value === null || value === '' || unticked || (Array.isArray(value) && value.length === 0);
  // A field that a condition may hide is only checked when filled.
  if (empty) return rules.required && !component.conditional?.hide ? [`${where} (${component.label}) is required`] : [];
  const problems: string[] = [];
  const offered = component.values?.map((v) => v.value);
  if (offered) {
    const chosen = Array.isArray(value) ? value : [value];
    for (const item of chosen) if (!offered.includes(item)) problems.push(`${where} = ${JSON.stringify(item)} is not offered (${offered.join(', ')})`);
  }
  if (typeof value === 'string') {
    if (rules.minLength !== undefined && value.length < rules.minLength) problems.push(`${where} is shorter than ${rules.minLength}`);
    if (rules.maxLength !== undefined && value.length > rules.maxLength) problems.push(`${where} is longer than ${rules.maxLength}`);
    if (rules.pattern && !new RegExp(rules.pattern).test(value)) problems.push(`${where} = ${JSON.stringify(value)} does not match ${rules.pattern}`);
  }
  if (component.type === 'checkbox' && typeof value !== 'boolean') problems.push(`${where}: a checkbox gives true or false`);
  if (component.type === 'number' && typeof value !== 'number') problems.push(`${where}: a number is expected`);
  if (typeof value === 'number') {
    if (rules.min !== undefined && value < rules.min) problems.push(`${where} is below ${rules.min}`);
    if (rules.max !== undefined && value > rules.max) problems.push(`${where} is above ${rules.max}`);
  }
  return problems;
}
