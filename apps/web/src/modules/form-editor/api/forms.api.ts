import type { FormSchema } from '../../forms/components/FormViewer';
import { api } from '../../shared/api/http-client';

export interface DeployedForm {
  formId: string;
  /** Latest deployed version. */
  version: number;
  deployedAt: string;
}

/** GET /api/forms/:formId → the latest deployed version (404 when the form was never deployed). */
export function getForm(formId: string): Promise<{ schema: FormSchema; version: number; key: string }> {
  return api(`/forms/${encodeURIComponent(formId)}`);
}

/** GET /api/forms → the tenant's deployed forms (latest version of each). */
export function listForms(): Promise<DeployedForm[]> {
  return api<DeployedForm[]>('/forms');
}
