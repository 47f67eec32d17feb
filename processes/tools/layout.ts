// Writes diagram interchange (shapes and edges for every element) into BPMN files, replacing any existing layout.
// Usage: npx tsx processes/tools/layout.ts processes/<tenant>/<file>.bpmn …
// Meant for files written as XML; a diagram polished by hand in the modeler should not be run through it again.
import { readFileSync, writeFileSync } from 'node:fs';
import { layoutContainer } from './layout.util.js';
import { parseBpmn, processesOf, type ModdleElement } from './moddle.util.js';

const ORIGIN = { x: 160, y: 80 };

export async function layoutXml(xml: string): Promise<string> {
  const { definitions, moddle } = await parseBpmn(xml);
  const processes = processesOf(definitions);
  if (processes.length !== 1) throw new Error(`expected exactly one process, found ${processes.length}`);
  const process = processes[0];
  const layout = layoutContainer(process);
  const planeElements: ModdleElement[] = [];
  for (const { element, box } of layout.shapes) {
    const shape = moddle.create('bpmndi:BPMNShape', {
      id: `${element.id}_di`,
      bpmnElement: element,
      bounds: moddle.create('dc:Bounds', {
        x: Math.round(box.x + ORIGIN.x), y: Math.round(box.y + ORIGIN.y),
        width: Math.round(box.width), height: Math.round(box.height),
      }),
    });
    if (element.$type === 'bpmn:SubProcess') shape.isExpanded = true;
    if (element.$type === 'bpmn:ExclusiveGateway') shape.isMarkerVisible = true;
    planeElements.push(shape);
  }
  for (const { flow, waypoints } of layout.edges) {
    planeElements.push(moddle.create('bpmndi:BPMNEdge', {
      id: `${flow.id}_di`,
      bpmnElement: flow,
      waypoint: waypoints.map((w) => moddle.create('dc:Point', { x: Math.round(w.x + ORIGIN.x), y: Math.round(w.y + ORIGIN.y) })),
    }));
  }
  const plane = moddle.create('bpmndi:BPMNPlane', { id: `${process.id}_plane`, bpmnElement: process, planeElement: planeElements });
  definitions.diagrams = [moddle.create('bpmndi:BPMNDiagram', { id: `${process.id}_diagram`, plane })];
  const { xml: out } = await moddle.toXML(definitions, { format: true });
  return out;
}

async function main(files: string[]): Promise<void> {
  for (const file of files) {
    writeFileSync(file, `${await layoutXml(readFileSync(file, 'utf8'))}\n`);
    console.log(`laid out ${file}`);
  }
}

if (process.argv[1]?.endsWith('layout.ts')) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
