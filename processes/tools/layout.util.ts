// Left-to-right layered layout of a BPMN process (diagram interchange for every element), used by layout.ts.
// Columns come from the longest forward path, rows from the order in which branches leave their gateway;
// boundary events sit on their host's lower edge; event sub-processes are drawn expanded below the main flow.
import type { ModdleElement } from './moddle.util.js';

export interface Box { x: number; y: number; width: number; height: number }
interface Placed { element: ModdleElement; box: Box }
interface Edge { flow: ModdleElement; waypoints: { x: number; y: number }[] }
export interface Layout { shapes: Placed[]; edges: Edge[]; width: number; height: number }

const GAP_X = 60;
const GAP_Y = 70;
const PAD = 30;

function sizeOf(element: ModdleElement): { width: number; height: number } {
  if (element.$instanceOf('bpmn:Event')) return { width: 36, height: 36 };
  if (element.$instanceOf('bpmn:Gateway')) return { width: 50, height: 50 };
  return { width: 100, height: 80 };
}

const isBoundary = (e: ModdleElement) => e.$type === 'bpmn:BoundaryEvent';
const isEventSub = (e: ModdleElement) => e.$type === 'bpmn:SubProcess' && e.triggeredByEvent;
const isExpanded = (e: ModdleElement) => e.$type === 'bpmn:SubProcess';
const byKind = (flows: ModdleElement[]) =>
  [...flows].sort((a, b) => Number(isBoundary(a.sourceRef)) - Number(isBoundary(b.sourceRef)));

/** Lays out one container (process or sub-process); coordinates are relative to the container's top left. */
export function layoutContainer(container: ModdleElement): Layout {
  const elements: ModdleElement[] = container.flowElements ?? [];
  const nodes = elements.filter((e) => e.$instanceOf('bpmn:FlowNode') && !isBoundary(e) && !isEventSub(e));
  const flows = elements.filter((e) => e.$type === 'bpmn:SequenceFlow');
  const boundaries = elements.filter(isBoundary);
  const anchor = (e: ModdleElement) => (isBoundary(e) ? e.attachedToRef : e);

  // Inner layouts first: a sub-process is as large as what it holds.
  const inner = new Map<ModdleElement, Layout>();
  const size = new Map<ModdleElement, { width: number; height: number }>();
  for (const node of nodes) {
    if (isExpanded(node)) {
      const l = layoutContainer(node);
      inner.set(node, l);
      size.set(node, { width: l.width + 2 * PAD, height: l.height + 2 * PAD });
    } else size.set(node, sizeOf(node));
  }

  // Depth-first order from the start nodes; an edge back onto the stack is a loop (send-back) edge.
  const out = new Map<ModdleElement, ModdleElement[]>();
  for (const f of flows) {
    const s = anchor(f.sourceRef);
    out.set(s, [...(out.get(s) ?? []), f]);
  }
  const hasIncoming = new Set(flows.map((f) => f.targetRef));
  const starts = nodes.filter((n) => !hasIncoming.has(n));
  const back = new Set<ModdleElement>();
  const state = new Map<ModdleElement, 'open' | 'done'>();
  const order: ModdleElement[] = [];
  const visit = (n: ModdleElement) => {
    state.set(n, 'open');
    order.push(n);
    for (const f of byKind(out.get(n) ?? [])) {
      const t = f.targetRef;
      if (state.get(t) === 'open') back.add(f);
      else if (!state.has(t)) visit(t);
    }
    state.set(n, 'done');
  };
  for (const s of starts) if (!state.has(s)) visit(s);
  for (const n of nodes) if (!state.has(n)) visit(n);

  // Columns: longest forward path.
  const rank = new Map<ModdleElement, number>(nodes.map((n) => [n, 0]));
  for (let changed = true, guard = 0; changed && guard < nodes.length + 2; guard++) {
    changed = false;
    for (const f of flows) {
      if (back.has(f)) continue;
      const r = (rank.get(anchor(f.sourceRef)) ?? 0) + 1;
      if (r > (rank.get(f.targetRef) ?? 0)) {
        rank.set(f.targetRef, r);
        changed = true;
      }
    }
  }

  // Rows: a node takes its first parent's row (+ its index among the parent's branches), or the next free one.
  const row = new Map<ModdleElement, number>();
  const taken = new Set<string>();
  const take = (n: ModdleElement, wanted: number) => {
    let r = Math.max(0, wanted);
    while (taken.has(`${rank.get(n)}:${r}`)) r++;
    row.set(n, r);
    taken.add(`${rank.get(n)}:${r}`);
  };
  for (const n of order) {
    if (!row.has(n)) take(n, 0);
    const branch = [0, 1]; // normal branches start on the parent's row, boundary branches one row below
    for (const f of byKind(out.get(n) ?? [])) {
      const t = f.targetRef;
      if (back.has(f) || row.has(t)) continue;
      const kind = isBoundary(f.sourceRef) ? 1 : 0;
      take(t, row.get(n)! + branch[kind]++);
    }
  }

  // Grid measures.
  const colW: number[] = [];
  const rowH: number[] = [];
  for (const n of nodes) {
    const c = rank.get(n)!;
    const r = row.get(n)!;
    colW[c] = Math.max(colW[c] ?? 0, size.get(n)!.width);
    rowH[r] = Math.max(rowH[r] ?? 0, size.get(n)!.height);
  }
  const colX: number[] = [];
  const rowY: number[] = [];
  let acc = 0;
  for (let c = 0; c < colW.length; c++) { colX[c] = acc; acc += (colW[c] ?? 0) + GAP_X; }
  let width = Math.max(0, acc - GAP_X);
  acc = 0;
  for (let r = 0; r < rowH.length; r++) { rowY[r] = acc; acc += (rowH[r] ?? 0) + GAP_Y; }
  let height = Math.max(0, acc - GAP_Y);

  const shapes: Placed[] = [];
  const boxOf = new Map<ModdleElement, Box>();
  const place = (element: ModdleElement, box: Box) => { boxOf.set(element, box); shapes.push({ element, box }); };
  for (const n of nodes) {
    const s = size.get(n)!;
    const c = rank.get(n)!;
    const r = row.get(n)!;
    const box = { x: colX[c] + (colW[c] - s.width) / 2, y: rowY[r] + (rowH[r] - s.height) / 2, ...s };
    place(n, box);
    const l = inner.get(n);
    if (l) shapes.push(...shift(l, box.x + PAD, box.y + PAD).shapes);
  }
  const perHost = new Map<ModdleElement, number>();
  for (const b of boundaries) {
    const host = must(boxOf, b.attachedToRef);
    const i = perHost.get(b.attachedToRef) ?? 0;
    perHost.set(b.attachedToRef, i + 1);
    place(b, { x: host.x + host.width - 46 - i * 46, y: host.y + host.height - 18, width: 36, height: 36 });
  }

  // Event sub-processes, expanded, in a band below the flow.
  const innerEdges: Edge[] = [];
  let bandX = 0;
  const bandY = height + GAP_Y;
  for (const sub of elements.filter(isEventSub)) {
    const l = layoutContainer(sub);
    const box = { x: bandX, y: bandY, width: l.width + 2 * PAD, height: l.height + 2 * PAD };
    place(sub, box);
    const moved = shift(l, box.x + PAD, box.y + PAD);
    shapes.push(...moved.shapes);
    innerEdges.push(...moved.edges);
    bandX += box.width + GAP_X;
    width = Math.max(width, bandX - GAP_X);
    height = Math.max(height, bandY + box.height);
  }
  for (const [n, l] of inner) {
    const box = must(boxOf, n);
    innerEdges.push(...shift(l, box.x + PAD, box.y + PAD).edges);
  }

  const edges = flows.map((flow) => {
    return { flow, waypoints: route(flow, boxOf, back.has(flow), height) };
  });
  return { shapes, edges: [...edges, ...innerEdges], width, height };
}

function must(boxOf: Map<ModdleElement, Box>, element: ModdleElement): Box {
  const box = boxOf.get(element);
  if (!box) throw new Error(`${element?.id ?? 'element'} is not in the same container as its flow or host`);
  return box;
}

function shift(l: Layout, dx: number, dy: number): Layout {
  return {
    ...l,
    shapes: l.shapes.map((p) => ({ element: p.element, box: { ...p.box, x: p.box.x + dx, y: p.box.y + dy } })),
    edges: l.edges.map((e) => ({ flow: e.flow, waypoints: e.waypoints.map((w) => ({ x: w.x + dx, y: w.y + dy })) })),
  };
}

function route(flow: ModdleElement, boxOf: Map<ModdleElement, Box>, isBack: boolean, bottom: number) {
  const s = must(boxOf, flow.sourceRef);
  const t = must(boxOf, flow.targetRef);
  const smx = s.x + s.width / 2;
  const smy = s.y + s.height / 2;
  const tmx = t.x + t.width / 2;
  const tmy = t.y + t.height / 2;
  if (isBack) {
    const low = Math.min(Math.max(s.y + s.height, t.y + t.height) + 25, bottom + 35);
    return [{ x: smx, y: s.y + s.height }, { x: smx, y: low }, { x: tmx, y: low }, { x: tmx, y: t.y + t.height }];
  }
  if (isBoundary(flow.sourceRef)) {
    if (tmx <= smx) return [{ x: smx, y: s.y + s.height }, { x: smx, y: t.y - 15 }, { x: tmx, y: t.y - 15 }, { x: tmx, y: t.y }];
    return [{ x: smx, y: s.y + s.height }, { x: smx, y: tmy }, { x: t.x, y: tmy }];
  }
  if (Math.abs(smy - tmy) < 1) return [{ x: s.x + s.width, y: smy }, { x: t.x, y: tmy }];
  if (flow.sourceRef.$instanceOf('bpmn:Gateway')) {
    // A branch leaves its gateway from the top or bottom corner.
    const y0 = tmy > smy ? s.y + s.height : s.y;
    return [{ x: smx, y: y0 }, { x: smx, y: tmy }, { x: t.x, y: tmy }];
  }
  if (flow.targetRef.$instanceOf('bpmn:Gateway')) {
    const y1 = smy > tmy ? t.y + t.height : t.y;
    return [{ x: s.x + s.width, y: smy }, { x: tmx, y: smy }, { x: tmx, y: y1 }];
  }
  const mx = t.x - GAP_X / 2;
  return [{ x: s.x + s.width, y: smy }, { x: mx, y: smy }, { x: mx, y: tmy }, { x: t.x, y: tmy }];
}
