import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeployResource } from '@duban/workflow';
import type { FormSchema } from './form-data.check.js';

/** Everything a tenant folder deploys, plus which form each user task shows (to check what a person submits). */
export interface TenantBundle {
  tenant: string;
  resources: DeployResource[];
  forms: Map<string, FormSchema>;
  /** `<processId>/<elementId>` → form id. */
  taskForms: Map<string, string>;
  /** Process id → its start form id (`tenant.json` `processes[].startForm`). */
  startForms: Map<string, string>;
}

const DEPLOYABLE = /\.(bpmn|dmn|form)$/;

export async function loadTenantBundle(processesDir: string, tenant: string): Promise<TenantBundle> {
  const dir = join(processesDir, tenant);
  const names = (await readdir(dir)).filter((name) => DEPLOYABLE.test(name)).sort();
  if (!names.some((name) => name.endsWith('.bpmn'))) throw new Error(`${dir} holds no BPMN file`);
  const resources = await Promise.all(names.map(async (name) => ({ name, content: await readFile(join(dir, name), 'utf8') })));
  const forms = new Map<string, FormSchema>();
  const taskForms = new Map<string, string>();
  for (const resource of resources) {
    if (resource.name.endsWith('.form')) {
      const form = JSON.parse(resource.content) as FormSchema;
      forms.set(form.id, form);
    } else if (resource.name.endsWith('.bpmn')) {
      for (const [task, form] of userTaskForms(resource.content)) taskForms.set(task, form);
    }
  }
  const config = JSON.parse(await readFile(join(dir, 'tenant.json'), 'utf8')) as { processes?: { id: string; startForm?: string }[] };
  const startForms = new Map((config.processes ?? []).flatMap((p) => (p.startForm ? [[p.id, p.startForm] as [string, string]] : [])));
  return { tenant, resources, forms, taskForms, startForms };
}

/**
 * `<processId>/<userTaskId>` → form id, read from the XML. The engine parses the file for real when it is
 * deployed; this only needs the two attributes, so a scan is enough (and keeps bpmn-moddle typings out).
 */
function userTaskForms(xml: string): [string, string][] {
  const processId = /<(?:bpmn:)?process\b[^>]*\bid="([^"]+)"/.exec(xml)?.[1];
  const tasks = xml.matchAll(/<(?:bpmn:)?userTask\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/(?:bpmn:)?userTask>/g);
  return [...tasks].flatMap(([, id, body]) => {
    const formId = /<zeebe:formDefinition\b[^>]*\bformId="([^"]+)"/.exec(body)?.[1];
    return formId && processId ? [[`${processId}/${id}`, formId] as [string, string]] : [];
  });
}
