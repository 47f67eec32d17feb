import { describe, expect, it } from 'vitest';
import { criteriaFromParams, criteriaToParams, isEmptyCriteria, viewFromParams } from './inbox-criteria.util';

describe('inbox criteria in the URL', () => {
  it('round-trips every criterion', () => {
    const criteria = {
      text: '古督〔2026〕12号',
      processId: 'gu-supervision-item',
      unitId: 'u-7',
      light: 'red' as const,
      overdue: true,
      dueBefore: '2026-10-31',
      dueAfter: '2026-10-01',
      sort: 'priority' as const,
    };
    const params = criteriaToParams('all', criteria);
    expect(viewFromParams(params)).toBe('all');
    expect(criteriaFromParams(new URLSearchParams(params.toString()))).toEqual(criteria);
  });

  it('drops values that are not valid instead of passing them on', () => {
    const params = new URLSearchParams('view=everything&light=blue&dueBefore=31.10.2026&sort=random&overdue=yes&text=%20%20');
    expect(viewFromParams(params)).toBe('mine');
    expect(criteriaFromParams(params)).toEqual({});
    expect(isEmptyCriteria(criteriaFromParams(params))).toBe(true);
  });

  it('leaves the default view out of the URL', () => {
    expect(criteriaToParams('mine', {}).toString()).toBe('');
  });
});
