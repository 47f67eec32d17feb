import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import './form-viewer.css';

export type FormSchema = Record<string, unknown> & { components: unknown[] };

export interface FormViewerHandle {
  /** Validates like form-js does on submit: the data, or the errors keyed by field. */
  submit: () => { data: Record<string, unknown>; errors: Record<string, unknown> };
}

interface Props {
  schema: FormSchema;
  data?: Record<string, unknown>;
  readOnly?: boolean;
}

/** A form-js form (the same JSON the modeler's form editor writes). Loaded on demand. */
const FormViewer = forwardRef<FormViewerHandle, Props>(function FormViewer({ schema, data, readOnly }, ref) {
  const container = useRef<HTMLDivElement>(null);
  const form = useRef<Form | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const instance = new Form({ container: container.current! });
    form.current = instance;
    instance
      .importSchema(schema, data ?? {})
      .then(() => instance.setProperty('readOnly', !!readOnly))
      .catch((e: Error) => setError(e.message));
    return () => {
      instance.destroy();
      form.current = null;
    };
  }, [schema, data, readOnly]);

  useImperativeHandle(ref, () => ({
    submit: () => {
      if (!form.current) return { data: {}, errors: { form: ['not ready'] } };
      const result = form.current.submit() as { data: Record<string, unknown>; errors: Record<string, unknown> };
      return result;
    },
  }));

  return (
    <div className="duban-form" data-testid="task-form">
      <div ref={container} />
      {error && <div style={{ color: '#cf1322' }}>{error}</div>}
    </div>
  );
});

export default FormViewer;
