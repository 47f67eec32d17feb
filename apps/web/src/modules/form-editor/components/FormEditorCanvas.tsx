import { FormEditor } from '@bpmn-io/form-js-editor';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { FormSchema } from '../../forms/components/FormViewer';

export interface FormEditorHandle {
  schema: () => FormSchema;
}

/** @bpmn-io/form-js editor (the same JSON the task page renders). Loaded on demand. */
const FormEditorCanvas = forwardRef<FormEditorHandle, { schema: FormSchema; onError: (m: string) => void }>(function FormEditorCanvas({ schema, onError }, ref) {
  const container = useRef<HTMLDivElement>(null);
  const editor = useRef<FormEditor | null>(null);
  useEffect(() => {
    const instance = new FormEditor({ container: container.current! });
    editor.current = instance;
    instance.importSchema(schema).catch((e: Error) => onError(e.message));
    return () => {
      instance.destroy();
      editor.current = null;
    };
  }, [schema, onError]);
  useImperativeHandle(ref, () => ({ schema: () => editor.current!.saveSchema() as FormSchema }));
  return <div ref={container} style={{ height: 'calc(100vh - 240px)', minHeight: 480, border: '1px solid #f0f0f0' }} data-testid="form-editor" />;
});

export default FormEditorCanvas;
