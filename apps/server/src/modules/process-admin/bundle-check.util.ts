import { readBpmnProcesses, readDmnIds, type BpmnProcessInfo } from './bpmn-elements.util.js';

export type ResourceKind = 'bpmn' | 'dmn' | 'form';

export interface CheckedResource {
  name: string;
  content: string;
  kind: ResourceKind;
  /** BPMN: its processes with element names. */
  processes?: BpmnProcessInfo[];
  /** DMN: decision requirements id and name. */
  drg?: { id: string; name: string | null };
  /** Form: its id. */
  formId?: string;
}

export interface BundleCheck {
  resources: CheckedResource[];
  /** `resources[i].content` / `.name` → problems. Empty when the bundle may go to the engine. */
  problems: Record<string, string[]>;
}

export const kindOf = (name: string): ResourceKind => (name.endsWith('.bpmn') ? 'bpmn' : name.endsWith('.dmn') ? 'dmn' : 'form');

/**
 * What the server checks before the engine sees a bundle: the files parse, and every id carries the tenant prefix
 * (`<tenant>-…`) — processes of several tenants share one Zeebe cluster, so an unprefixed id could collide. The engine
 * then validates the models themselves.
 */
export function checkBundle(tenantCode: string, resources: { name: string; content: string }[]): BundleCheck {
  const problems: Record<string, string[]> = {};
  const add = (field: string, message: string) => (problems[field] ??= []).push(message);
  const prefix = `${tenantCode}-`;
  const prefixed = (id: string, field: string, what: string) => {
    if (!id.startsWith(prefix)) add(field, `${what}「${id}」须以「${prefix}」开头 / ${what} id must start with ${prefix}`);
  };
  const seen = new Set<string>();
  const checked = resources.map((resource, index): CheckedResource => {
    const field = `resources[${index}].content`;
    const kind = kindOf(resource.name);
    if (seen.has(resource.name)) add(`resources[${index}].name`, `文件名重复 / duplicate name ${resource.name}`);
    seen.add(resource.name);
    const result: CheckedResource = { name: resource.name, content: resource.content, kind };
    try {
      if (kind === 'bpmn') {
        result.processes = readBpmnProcesses(resource.content);
        if (result.processes.length === 0) add(field, '没有流程 / no <process> in the file');
        for (const process of result.processes) prefixed(process.id, field, '流程');
      } else if (kind === 'dmn') {
        const dmn = readDmnIds(resource.content);
        result.drg = { id: dmn.id, name: dmn.name };
        prefixed(dmn.id, field, '决策需求');
        for (const decision of dmn.decisions) prefixed(decision, field, '决策');
      } else {
        const form = JSON.parse(resource.content) as { id?: unknown; components?: unknown };
        if (typeof form !== 'object' || form === null || typeof form.id !== 'string' || !Array.isArray(form.components)) {
          add(field, '不是 form-js 表单（缺少 id 或 components）/ not a form-js schema');
        } else {
          result.formId = form.id;
          prefixed(form.id, field, '表单');
        }
      }
    } catch (error) {
      add(field, `无法解析 / does not parse: ${(error as Error).message.split('\n')[0]}`);
    }
    return result;
  });
  return { resources: checked, problems };
}
