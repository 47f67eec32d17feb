import { XMLParser } from 'fast-xml-parser';

export interface BpmnElementInfo {
  name: string | null;
  /** Local tag name, e.g. `userTask`, `serviceTask`, `callActivity`. */
  type: string;
}

export interface BpmnProcessInfo {
  id: string;
  name: string | null;
  /** Every element with an id inside the process (nested sub-processes included), by id. */
  elements: Record<string, BpmnElementInfo>;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

type Node = Record<string, unknown>;
const SKIPPED = new Set(['extensionElements', 'documentation', 'incoming', 'outgoing', 'laneSet']);

function collect(node: Node, into: Record<string, BpmnElementInfo>): void {
  for (const [tag, children] of Object.entries(node)) {
    if (tag.startsWith('@') || SKIPPED.has(tag) || !Array.isArray(children)) continue;
    for (const child of children as Node[]) {
      if (typeof child !== 'object' || child === null) continue;
      const id = child['@id'];
      if (typeof id === 'string') into[id] = { name: typeof child['@name'] === 'string' ? child['@name'] : null, type: tag };
      collect(child, into);
    }
  }
}

/**
 * The processes of a BPMN file with their elements' names — for task names in the inbox and the timeline.
 * Only reads; the engine validates the model when it is deployed. Throws on XML that does not parse.
 */
export function readBpmnProcesses(xml: string): BpmnProcessInfo[] {
  const document = parser.parse(xml) as Node;
  const definitions = (document.definitions as Node[] | undefined)?.[0];
  if (!definitions) throw new Error('not a BPMN file: no <definitions>');
  return ((definitions.process as Node[] | undefined) ?? []).map((process) => {
    const elements: Record<string, BpmnElementInfo> = {};
    collect(process, elements);
    return {
      id: String(process['@id']),
      name: typeof process['@name'] === 'string' ? process['@name'] : null,
      elements,
    };
  });
}

/** Decision requirements id and decision ids of a DMN file. */
export function readDmnIds(xml: string): { id: string; name: string | null; decisions: string[] } {
  const document = parser.parse(xml) as Node;
  const definitions = (document.definitions as Node[] | undefined)?.[0];
  if (!definitions) throw new Error('not a DMN file: no <definitions>');
  return {
    id: String(definitions['@id']),
    name: typeof definitions['@name'] === 'string' ? definitions['@name'] : null,
    decisions: ((definitions.decision as Node[] | undefined) ?? []).map((d) => String(d['@id'])),
  };
}
