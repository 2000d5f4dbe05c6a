import { ForbiddenException } from '@nestjs/common';
import { ValidationProblem } from './problem';
import { problemFrom } from './problem.mapping';

describe('problem+json mapping', () => {
  it('keeps a typed problem with its field details', () => {
    const problem = problemFrom(
      new ValidationProblem([{ field: 'role', message: 'unknown role' }]),
      '/api/v1/x',
      'c-1',
    );
    expect(problem).toEqual({
      type: 'urn:freight:problem:validation',
      title: 'The request is not valid',
      status: 400,
      detail: '1 problem(s) in the request body',
      instance: '/api/v1/x',
      correlationId: 'c-1',
      errors: [{ field: 'role', message: 'unknown role' }],
    });
  });

  it('maps Nest and Fastify errors by status', () => {
    expect(problemFrom(new ForbiddenException(), '/x', 'c')).toMatchObject({
      type: 'urn:freight:problem:forbidden',
      status: 403,
    });
    const tooLarge = Object.assign(new Error('Request body is too large'), { statusCode: 413 });
    expect(problemFrom(tooLarge, '/x', 'c')).toMatchObject({
      type: 'urn:freight:problem:body-too-large',
      status: 413,
    });
  });

  it('never tells the client what went wrong inside', () => {
    const problem = problemFrom(
      new Error('relation "app_user" does not exist at db-7.internal'),
      '/x',
      'c',
    );
    expect(problem).toEqual({
      type: 'urn:freight:problem:internal',
      title: 'Internal Server Error',
      status: 500,
      instance: '/x',
      correlationId: 'c',
    });
  });
});
