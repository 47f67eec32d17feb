import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/diagram-js.css';
import { useEffect, useRef, useState } from 'react';
import { pathTaken, type FlowRef } from '../utils/path-taken.util';
import './diagram.css';

interface Props {
  xml: string;
  activeIds?: string[];
  completedIds?: string[];
  /** Active elements stuck on an incident. */
  incidentIds?: string[];
  takenFlowIds?: string[];
  height?: number;
}

interface ElementLike {
  id: string;
  type: string;
  source?: { id: string };
  target?: { id: string };
}

/** Read-only BPMN diagram; where the instance is now in red, what it went through in green. Loaded on demand. */
/** One empty list for every default, so that the effect below does not re-run on each render. */
const NONE: string[] = [];

export default function DiagramViewer({ xml, activeIds = NONE, completedIds = NONE, incidentIds = NONE, takenFlowIds, height = 420 }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const viewer = new NavigatedViewer({ container: container.current! });
    let cancelled = false;
    viewer
      .importXML(xml)
      .then(() => {
        if (cancelled) return;
        const canvas = viewer.get<{ zoom: (fit: string) => void; addMarker: (id: string, cls: string) => void }>('canvas');
        const registry = viewer.get<{ getAll: () => ElementLike[]; get: (id: string) => unknown }>('elementRegistry');
        canvas.zoom('fit-viewport');
        const flows: FlowRef[] = registry
          .getAll()
          .filter((e) => e.type === 'bpmn:SequenceFlow' && e.source && e.target)
          .map((e) => ({ id: e.id, sourceId: e.source!.id, targetId: e.target!.id }));
        // Scopes (sub-processes) get an outline only: a filled box would drown the steps inside it.
        const mark = (ids: string[], cls: string) =>
          ids.forEach((id) => {
            const element = registry.get(id) as ElementLike | undefined;
            if (element) canvas.addMarker(id, element.type === 'bpmn:SubProcess' ? `${cls}-scope` : cls);
          });
        mark(completedIds, 'duban-done');
        mark(pathTaken(flows, completedIds, activeIds, takenFlowIds), 'duban-taken');
        mark(activeIds, 'duban-active');
        mark(incidentIds, 'duban-incident');
      })
      .catch((e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
      viewer.destroy();
    };
  }, [xml, activeIds, completedIds, incidentIds, takenFlowIds]);

  return (
    <div className="duban-diagram" style={{ height }} data-testid="diagram">
      <div ref={container} style={{ width: '100%', height: '100%' }} />
      {error && <div className="duban-diagram-error">{error}</div>}
    </div>
  );
}
