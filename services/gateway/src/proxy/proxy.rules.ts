import { HttpStatus } from '@nestjs/common';
import { ApiProblem, FieldProblem, NotFoundProblem } from '../http/problem';

/** `/deadlines/:id/history` + {id: 'a/b'} → `/deadlines/a%2Fb/history`. */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for :${name} in ${template}`);
    return encodeURIComponent(value);
  });
}

/** The value at a dot path (`subject.branch`) of a JSON value, if there is one. */
export function fieldAt(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>(
    (at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined),
    value,
  );
}

export class ServiceUnavailable extends ApiProblem {
  constructor(service: string) {
    super(HttpStatus.SERVICE_UNAVAILABLE, 'service-unavailable', 'Service Unavailable',
      `the ${service} service cannot be reached; try again shortly`);
  }
}

export class BadGateway extends ApiProblem {
  constructor(service: string) {
    super(HttpStatus.BAD_GATEWAY, 'bad-gateway', 'Bad Gateway', `the ${service} service could not answer`);
  }
}

interface DownstreamProblem {
  detail?: unknown;
  errors?: unknown;
}

const fieldProblemsOf = (errors: unknown): FieldProblem[] | undefined =>
  Array.isArray(errors)
    ? errors.filter((e): e is FieldProblem => typeof e?.field === 'string' && typeof e?.message === 'string')
      .map(({ field, message }) => ({ field, message }))
    : undefined;

/**
 * A service's error answer → the gateway's problem. What the caller could fix (400, 409, 422)
 * keeps the service's detail and field errors; 404 is our plain not-found (the same as another
 * branch's record); anything else is the gateway's trouble with the service (502), never the
 * service's own text (it may name internals).
 */
export function problemFromDownstream(service: string, status: number, body: unknown): ApiProblem {
  const { detail, errors } = (body ?? {}) as DownstreamProblem;
  const text = typeof detail === 'string' ? detail : undefined;
  const fields = fieldProblemsOf(errors);
  switch (status) {
    case 400:
      return new ApiProblem(400, 'validation', 'The request is not valid', text, fields);
    case 404:
      return new NotFoundProblem();
    case 409:
      return new ApiProblem(409, 'conflict', 'Conflict', text);
    case 422:
      return new ApiProblem(422, 'validation', 'The request is not valid', text, fields);
    default:
      return new BadGateway(service);
  }
}
