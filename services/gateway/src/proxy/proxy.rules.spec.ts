import { fieldAt, fillPath, problemFromDownstream } from './proxy.rules';

describe('proxied routes', () => {
  it('fills path parameters, encoded', () => {
    expect(fillPath('/deadlines/:id/history', { id: 'complaint:C 1/2' })).toBe(
      '/deadlines/complaint%3AC%201%2F2/history',
    );
    expect(() => fillPath('/queues/:branch', {})).toThrow(/:branch/);
  });

  it('reads dot paths', () => {
    expect(fieldAt({ subject: { branch: 'SH01' } }, 'subject.branch')).toBe('SH01');
    expect(fieldAt({ subject: null }, 'subject.branch')).toBeUndefined();
  });

  it('keeps what the caller can fix, hides the rest', () => {
    const invalid = problemFromDownstream('scheduler', 400, {
      detail: '1 problem',
      errors: [{ field: 'subjectId', message: 'Required', extra: 1 }],
    });
    expect(invalid.status).toBe(400);
    expect(invalid.errors).toEqual([{ field: 'subjectId', message: 'Required' }]);
    expect(
      problemFromDownstream('scheduler', 409, { detail: 'calendar SH01 exists' }),
    ).toMatchObject({ slug: 'conflict', detail: 'calendar SH01 exists' });
    expect(
      problemFromDownstream('scheduler', 409, {
        type: 'urn:freight:problem:deadline-id-taken',
        title: 'Deadline id taken',
        detail: 'x',
      }),
    ).toMatchObject({
      status: 409,
      slug: 'deadline-id-taken',
      title: 'Deadline id taken',
      detail: 'x',
    });
    expect(
      problemFromDownstream('order', 410, { type: 'urn:freight:problem:survey-expired' }),
    ).toMatchObject({ status: 410, slug: 'survey-expired' });
    expect(problemFromDownstream('order', 409, { type: 'https://evil.example/x' })).toMatchObject({
      slug: 'conflict',
    });
    expect(
      problemFromDownstream('scheduler', 404, { detail: 'deadline x in table y' }),
    ).toMatchObject({ slug: 'not-found', detail: undefined });
    const failed = problemFromDownstream('scheduler', 500, {
      detail: 'relation deadline does not exist',
    });
    expect({ status: failed.status, detail: failed.detail }).toEqual({
      status: 502,
      detail: 'the scheduler service could not answer',
    });
  });

  it('a service that answers 503 (its solver restarting) is unavailable, not failing: 503', () => {
    const busy = problemFromDownstream('planning', 503, {
      detail: 'solver restarting; try again in 4 s',
    });
    expect({ status: busy.status, slug: busy.slug, detail: busy.detail }).toEqual({
      status: 503,
      slug: 'service-unavailable',
      detail: 'the planning service cannot be reached; try again shortly',
    });
  });
});
