import { Linter, type LintReport } from '@camunda/linting';
import lintingModule from '@camunda/linting/modeler';
import '@camunda/linting/assets/linting.css';
import CamundaCloudModeler from 'camunda-bpmn-js/lib/camunda-cloud/Modeler';
import 'camunda-bpmn-js/dist/assets/camunda-cloud-modeler.css';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { ModdleLike } from '../utils/bpmn-diff.util';
import { DUBAN_ELEMENT_TEMPLATES } from '../utils/element-templates.util';
import './bpmn-editor.css';

export interface BpmnEditorHandle {
  saveXML: () => Promise<string>;
  definitions: () => ModdleLike;
  /** Parses another version's XML with the modeler's own moddle (for the diff). */
  parse: (xml: string) => Promise<ModdleLike>;
  select: (elementId: string) => void;
}

interface Props {
  xml: string;
  onDirty: (dirty: boolean) => void;
  onProblems: (problems: LintReport[]) => void;
  onError: (message: string) => void;
}

// The same rules the Camunda Web Modeler applies, chosen by the diagram's executionPlatformVersion.
const linter = new Linter({ modeler: 'web', type: 'cloud' });

/** camunda-bpmn-js (Camunda 8 modeler) with its properties panel, Duban's templates and live linting. */
const BpmnEditor = forwardRef<BpmnEditorHandle, Props>(function BpmnEditor({ xml, onDirty, onProblems, onError }, ref) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const modelerRef = useRef<CamundaCloudModeler | null>(null);
  const callbacks = useRef({ onDirty, onProblems, onError });
  callbacks.current = { onDirty, onProblems, onError };

  useEffect(() => {
    const modeler = new CamundaCloudModeler({
      container: canvasRef.current!,
      propertiesPanel: { parent: panelRef.current! },
      additionalModules: [lintingModule],
      elementTemplates: DUBAN_ELEMENT_TEMPLATES,
    });
    modelerRef.current = modeler;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let disposed = false;
    const lint = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const reports = await linter.lint(modeler.getDefinitions());
        if (disposed) return;
        modeler.get<{ setErrors: (r: LintReport[]) => void }>('linting').setErrors(reports);
        callbacks.current.onProblems(reports);
      }, 250);
    };
    const changed = () => {
      callbacks.current.onDirty(true);
      lint();
    };
    modeler.on('commandStack.changed', changed);
    modeler
      .importXML(xml)
      .then(() => {
        if (disposed) return;
        const canvas = modeler.get<{ zoom: (v?: string | number, c?: string) => number; scroll: (d: { dx: number; dy: number }) => void }>('canvas');
        canvas.zoom('fit-viewport', 'auto');
        // Shrink a little and shift right so that the palette does not cover the diagram's first elements.
        canvas.zoom(canvas.zoom() * 0.85, 'auto');
        canvas.scroll({ dx: 60, dy: 0 });
        modeler.get<{ activate: () => void }>('linting').activate();
        callbacks.current.onDirty(false);
        lint();
      })
      .catch((e: Error) => callbacks.current.onError(e.message));
    return () => {
      disposed = true;
      clearTimeout(timer);
      modeler.destroy();
      modelerRef.current = null;
    };
  }, [xml]);

  useImperativeHandle(ref, () => ({
    saveXML: async () => (await modelerRef.current!.saveXML({ format: true })).xml ?? '',
    definitions: () => modelerRef.current!.getDefinitions() as ModdleLike,
    parse: async (other) => {
      const moddle = modelerRef.current!.get<{ fromXML: (x: string) => Promise<{ rootElement: unknown }> }>('moddle');
      return (await moddle.fromXML(other)).rootElement as ModdleLike;
    },
    select: (elementId) => {
      const modeler = modelerRef.current;
      const element = modeler?.get<{ get: (id: string) => unknown }>('elementRegistry').get(elementId);
      if (element) modeler!.get<{ select: (e: unknown) => void }>('selection').select(element);
    },
  }));

  return (
    <div className="duban-modeler" data-testid="bpmn-modeler">
      <div ref={canvasRef} className="duban-modeler-canvas" />
      <div ref={panelRef} className="duban-modeler-panel" data-testid="properties-panel" />
    </div>
  );
});

export default BpmnEditor;
