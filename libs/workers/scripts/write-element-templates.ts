// Writes libs/workers/element-templates/*.json from the job-type catalogue.
// Run: npx tsx --conditions=development libs/workers/scripts/write-element-templates.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildElementTemplates, elementTemplateFileName } from '../src/element-templates/element-templates.builder.js';
import { JOB_TYPES } from '../src/job-types.js';

const dir = fileURLToPath(new URL('../element-templates/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const file of readdirSync(dir)) if (file.endsWith('.json')) rmSync(`${dir}${file}`);
const templates = buildElementTemplates();
templates.forEach((template, index) => {
  writeFileSync(`${dir}${elementTemplateFileName(JOB_TYPES[index])}`, `${JSON.stringify(template, null, 2)}\n`);
});
writeFileSync(`${dir}duban-workers.json`, `${JSON.stringify(templates, null, 2)}\n`);
console.log(`wrote ${templates.length} element templates (+ duban-workers.json) to ${dir}`);
