import { JOB_TYPES, type HeaderSpec, type JobTypeSpec } from '../job-types.js';
import { CHOICE_NAMES, HEADER_HINTS, TYPE_DESCRIPTIONS } from './template-texts.zh.js';

export const ELEMENT_TEMPLATE_SCHEMA =
  'https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json';
/** Bump when a template changes in a way diagrams should notice. */
export const ELEMENT_TEMPLATE_VERSION = 1;

const VARIABLE_NAME_PATTERN = { value: '^[A-Za-z_][A-Za-z0-9_]*$', message: '应为合法的变量名（字母、数字、下划线）' };
const INTEGER_PATTERN = { value: '^[0-9]{1,2}$', message: '应为整数' };
const VARIABLE_HEADERS = new Set(['from', 'resultVariable']);
const INTEGER_HEADERS = new Set(['level', 'count', 'excludeLastDraws']);

type TemplateProperty = Record<string, unknown>;

export interface ElementTemplate {
  $schema: string;
  name: string;
  id: string;
  version: number;
  description: string;
  category: { id: string; name: string };
  appliesTo: string[];
  elementType: { value: string };
  groups: { id: string; label: string }[];
  properties: TemplateProperty[];
}

/** Element templates (Camunda 8 schema) generated from the catalogue: the catalogue stays the one source. */
export function buildElementTemplates(): ElementTemplate[] {
  return JOB_TYPES.map(buildElementTemplate);
}

export function elementTemplateFileName(spec: JobTypeSpec): string {
  return `${spec.type.replace(':', '-')}.json`;
}

function buildElementTemplate(spec: JobTypeSpec): ElementTemplate {
  return {
    $schema: ELEMENT_TEMPLATE_SCHEMA,
    name: spec.label,
    id: spec.type.replace(':', '.'),
    version: ELEMENT_TEMPLATE_VERSION,
    description: TYPE_DESCRIPTIONS[spec.type] ?? spec.description,
    category: { id: 'duban', name: '督办通用作业' },
    appliesTo: ['bpmn:Task'],
    elementType: { value: 'bpmn:ServiceTask' },
    groups: [{ id: 'config', label: '配置' }],
    properties: [
      { type: 'Hidden', value: spec.type, binding: { type: 'zeebe:taskDefinition', property: 'type' } },
      ...spec.headers.map(headerProperty),
    ],
  };
}

function headerProperty(header: HeaderSpec): TemplateProperty {
  const property: TemplateProperty = {
    id: header.name,
    label: header.label,
    description: HEADER_HINTS[header.name] ?? header.description,
    group: 'config',
    binding: { type: 'zeebe:taskHeader', key: header.name },
  };
  if (header.values && !header.list) {
    property.type = 'Dropdown';
    property.choices = header.values.map((value) => ({ name: CHOICE_NAMES[value] ?? value, value }));
    // A dropdown always sets its header; without a catalogue default the first choice is preselected.
    property.value = header.default ?? header.values[0];
    return property;
  }
  property.type = header.name === 'message' ? 'Text' : 'String';
  if (header.default !== undefined) property.value = header.default;
  const pattern = patternOf(header);
  // The schema wants `notEmpty` stated whenever an optional property has constraints.
  if (header.required) property.constraints = { notEmpty: true, ...(pattern ? { pattern } : {}) };
  else {
    property.optional = true;
    if (pattern) property.constraints = { notEmpty: false, pattern };
  }
  return property;
}

function patternOf(header: HeaderSpec): { value: string; message: string } | undefined {
  if (header.name.endsWith('Variable') || VARIABLE_HEADERS.has(header.name)) return VARIABLE_NAME_PATTERN;
  if (INTEGER_HEADERS.has(header.name)) return INTEGER_PATTERN;
  if (header.values && header.list) {
    const alternatives = header.values.join('|');
    return { value: `^(${alternatives})( *, *(${alternatives}))*$`, message: `可选值：${header.values.join(', ')}` };
  }
  return undefined;
}
