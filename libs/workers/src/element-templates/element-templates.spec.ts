import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateZeebe } from '@bpmn-io/element-templates-validator';
import { describe, expect, it } from 'vitest';
import { JOB_TYPES } from '../job-types.js';
import { buildElementTemplates, elementTemplateFileName } from './element-templates.builder.js';

const dir = fileURLToPath(new URL('../../element-templates/', import.meta.url));
const read = (file: string) => readFileSync(`${dir}${file}`, 'utf8');

describe('element templates', () => {
  it('every committed template is valid under the Camunda 8 element-template schema', () => {
    const files = readdirSync(dir).filter((file) => file.endsWith('.json') && file !== 'duban-workers.json');
    expect(files).toHaveLength(JOB_TYPES.length);
    for (const file of files) {
      const { valid, errors } = validateZeebe(read(file));
      expect({ file, errors: valid ? [] : errors.map((e: { message: string; dataPath?: string }) => `${e.dataPath}: ${e.message}`) }).toEqual({ file, errors: [] });
    }
  });

  it('are generated from the catalogue and up to date (run scripts/write-element-templates.ts after changing it)', () => {
    const templates = buildElementTemplates();
    JOB_TYPES.forEach((spec, index) => expect(JSON.parse(read(elementTemplateFileName(spec)))).toEqual(templates[index]));
    expect(JSON.parse(read('duban-workers.json'))).toEqual(templates);
  });

  it('offer the Chinese names administrators pick from, and bind every catalogued header', () => {
    const templates = buildElementTemplates();
    expect(templates.map((template) => template.name)).toEqual([
      '审批链', '计算时限', '反馈窗口', '催办通知', '升级督办', '编号', '生成文书', '归档', '考评记分', '重叠检查', '随机抽取', '发送消息',
    ]);
    templates.forEach((template, index) => {
      const bound = template.properties.map((p) => (p.binding as { key?: string; property?: string }).key ?? 'type');
      expect(bound).toEqual(['type', ...JOB_TYPES[index].headers.map((h) => h.name)]);
      for (const property of template.properties.slice(1)) expect(property.label).toMatch(/[\u4e00-\u9fff]/);
    });
  });
});
