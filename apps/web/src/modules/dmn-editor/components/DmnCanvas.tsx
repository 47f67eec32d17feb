import DmnModeler from 'dmn-js/lib/Modeler';
import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';

export interface DmnCanvasHandle {
  save: () => Promise<{ id: string; xml: string }>;
}

/** dmn-js: the decision table opens first (time limits are tables), the DRD is one click away. */
const DmnCanvas = forwardRef<DmnCanvasHandle, { xml: string; onError: (m: string) => void }>(function DmnCanvas({ xml, onError }, ref) {
  const container = useRef<HTMLDivElement>(null);
  const modeler = useRef<DmnModeler | null>(null);
  useEffect(() => {
    const instance = new DmnModeler({ container: container.current!, common: { keyboard: { bindTo: window } } });
    modeler.current = instance;
    instance
      .importXML(xml)
      .then(() => {
        const table = instance.getViews().find((v: { type: string }) => v.type === 'decisionTable');
        if (table) return instance.open(table);
      })
      .catch((e: Error) => onError(e.message));
    return () => {
      instance.destroy();
      modeler.current = null;
    };
  }, [xml, onError]);
  useImperativeHandle(ref, () => ({
    save: async () => {
      const { xml: saved } = await modeler.current!.saveXML({ format: true });
      const id = /<definitions[^>]*\sid="([^"]+)"/.exec(saved)?.[1] ?? 'decision';
      return { id, xml: saved };
    },
  }));
  return <div ref={container} style={{ height: 'calc(100vh - 240px)', minHeight: 420, border: '1px solid #f0f0f0', background: '#fff' }} data-testid="dmn-editor" />;
});

export default DmnCanvas;
