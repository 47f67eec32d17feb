import { LIGHTS, type Light } from '../../shared/utils/light.types';

export type InboxView = 'mine' | 'done' | 'started' | 'all';
export const INBOX_VIEWS: InboxView[] = ['mine', 'done', 'started', 'all'];
export type InboxSort = 'due' | 'created' | 'priority';

/** What the inbox is filtered by; kept in the URL so a filtered inbox can be bookmarked and shared. */
export interface InboxCriteria {
  text?: string;
  processId?: string;
  unitId?: string;
  light?: Light;
  overdue?: boolean;
  /** ISO dates (YYYY-MM-DD). */
  dueBefore?: string;
  dueAfter?: string;
  sort?: InboxSort;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SORTS: InboxSort[] = ['due', 'created', 'priority'];

export function viewFromParams(params: URLSearchParams): InboxView {
  const view = params.get('view');
  return (INBOX_VIEWS as string[]).includes(view ?? '') ? (view as InboxView) : 'mine';
}

/** Reads criteria from the URL, dropping values that are not valid rather than sending them to the server. */
export function criteriaFromParams(params: URLSearchParams): InboxCriteria {
  const criteria: InboxCriteria = {};
  const text = params.get('text')?.trim();
  if (text) criteria.text = text.slice(0, 200);
  const processId = params.get('processId');
  if (processId) criteria.processId = processId;
  const unitId = params.get('unitId');
  if (unitId) criteria.unitId = unitId;
  const light = params.get('light');
  if ((LIGHTS as string[]).includes(light ?? '')) criteria.light = light as Light;
  if (params.get('overdue') === 'true') criteria.overdue = true;
  const dueBefore = params.get('dueBefore');
  if (dueBefore && DATE.test(dueBefore)) criteria.dueBefore = dueBefore;
  const dueAfter = params.get('dueAfter');
  if (dueAfter && DATE.test(dueAfter)) criteria.dueAfter = dueAfter;
  const sort = params.get('sort');
  if ((SORTS as string[]).includes(sort ?? '')) criteria.sort = sort as InboxSort;
  return criteria;
}

export function criteriaToQuery(criteria: InboxCriteria): Record<string, string | undefined> {
  return {
    text: criteria.text,
    processId: criteria.processId,
    unitId: criteria.unitId,
    light: criteria.light,
    overdue: criteria.overdue ? 'true' : undefined,
    dueBefore: criteria.dueBefore,
    dueAfter: criteria.dueAfter,
    sort: criteria.sort,
  };
}

export function criteriaToParams(view: InboxView, criteria: InboxCriteria): URLSearchParams {
  const params = new URLSearchParams();
  if (view !== 'mine') params.set('view', view);
  for (const [key, value] of Object.entries(criteriaToQuery(criteria))) if (value) params.set(key, value);
  return params;
}

export function isEmptyCriteria(criteria: InboxCriteria): boolean {
  return Object.values(criteriaToQuery(criteria)).every((v) => v === undefined);
}
