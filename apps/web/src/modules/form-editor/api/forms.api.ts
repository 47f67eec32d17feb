import type { FormSchema } from '../../forms/components/FormViewer';
import { api } from '../../shared/api/http-client';

/** GET /api/forms/:formId → the latest deployed version (404 when the form was never deployed). */
export function getForm(formId: string): Promise<{ schema: FormSchema; version: number; key: string }> {
  return api(`/forms/${encodeURIComponent(formId)}`);
}
