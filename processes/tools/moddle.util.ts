// Shared moddle instances: BPMN with Zeebe's extensions, DMN. Every tool and spec under processes/ reads files this way.
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';
import { DmnModdle } from 'dmn-moddle';

const require = createRequire(import.meta.url);
const zeebeSchema = require('zeebe-bpmn-moddle/resources/zeebe.json') as object;
const modelerSchema = require('modeler-moddle/resources/modeler.json') as object;

/** A moddle element: typed loosely on purpose, the metamodel is data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ModdleElement = any;

export function createBpmnModdle(): ModdleElement {
  return new BpmnModdle({ zeebe: zeebeSchema, modeler: modelerSchema });
}

export function createDmnModdle(): ModdleElement {
  return new DmnModdle();
}

export interface ParsedBpmn {
  definitions: ModdleElement;
  warnings: { message: string }[];
  moddle: ModdleElement;
}

export async function parseBpmn(xml: string): Promise<ParsedBpmn> {
  const moddle = createBpmnModdle();
  const { rootElement, warnings } = await moddle.fromXML(xml, 'bpmn:Definitions');
  return { definitions: rootElement, warnings, moddle };
}

/** Every element of a container, depth first, sub-processes included. */
export function allFlowElements(container: ModdleElement): ModdleElement[] {
  const result: ModdleElement[] = [];
  for (const element of container.flowElements ?? []) {
    result.push(element);
    if (element.$instanceOf('bpmn:SubProcess')) result.push(...allFlowElements(element));
  }
  return result;
}

export function processesOf(definitions: ModdleElement): ModdleElement[] {
  return (definitions.rootElements ?? []).filter((e: ModdleElement) => e.$type === 'bpmn:Process');
}

/** Extension elements of a given type, e.g. `zeebe:TaskDefinition`. */
export function extensionsOf(element: ModdleElement, type: string): ModdleElement[] {
  return (element.extensionElements?.values ?? []).filter((v: ModdleElement) => v.$type === type);
}
