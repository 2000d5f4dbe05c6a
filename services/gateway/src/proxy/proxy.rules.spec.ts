import { fieldAt, fillPath, problemFromDownstream } from './proxy.rules';

describe('proxied routes', () => {
  it('fills path parameters, encoded', () => {
    expect(fillPath('/deadlines/:id/history', { id: 'complaint:C 1/2' })).toBe('/deadlines/complaint%3AC%201%2F2/history');
    expect(() => fillPath('/queues/:branch', {})).toThrow(/:branch/);
  });

  it('reads dot paths', () => {
    expect(fieldAt({ subject: { branch: 'SH01' } }, 'subject.branch')).toBe('SH01');
    expect(fieldAt({ subject: null }, 'subject.branch')).toBeUndefined();
  });

  it('keeps what the caller can fix, hides the rest', () => {
    const invalid = problemFromDownstream('scheduler', 400, { detail: '1 problem', errors: [{ field: 'subjectId', message: 'Required', extra: 1 }] });
    expect(invalid.getStatus()).toBe(400);
    expect(invalid.fieldProblems).toEqual([{ field: 'subjectId', message: 'Required' }]);
    expect(problemFromDownstream('scheduler', 409, { detail: 'calendar SH01 exists' })).toMatchObject({ slug: 'conflict', detail: 'calendar SH01 exists' });
    expect(problemFromDownstream('scheduler', 404, { detail: 'deadline x in table y' })).toMatchObject({ slug: 'not-found', detail: undefined });
    const failed = problemFromDownstream('scheduler', 500, { detail: 'relation deadline does not exist' });
    expect({ status: failed.getStatus(), detail: failed.detail }).toEqual({ status: 502, detail: 'the scheduler service could not answer' });
  });
});
