import { HttpException, HttpStatus } from '@nestjs/common';

/** One field that failed validation: where (dot path into the body or query) and why. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** RFC 9457 problem details, as every error of the API is answered. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  correlationId?: string;
  errors?: FieldProblem[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types are URNs (no host to keep alive); docs/api-conventions.md lists each one. */
export const problemType = (slug: string): string => `urn:freight:problem:${slug}`;

/**
 * An error the API answers on purpose: typed, with its problem type, mapped in one place
 * (ProblemFilter). Extends HttpException so Nest's own machinery treats it as an HTTP answer.
 */
export class ApiProblem extends HttpException {
  constructor(
    status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly fieldProblems?: FieldProblem[],
  ) {
    super(detail ?? title, status);
  }
}

export class ValidationProblem extends ApiProblem {
  constructor(errors: FieldProblem[], where: 'body' | 'query' | 'path' = 'body') {
    super(HttpStatus.BAD_REQUEST, 'validation', 'The request is not valid',
      `${errors.length} problem(s) in the request ${where}`, errors);
  }
}

/**
 * R41: a record of another branch is answered exactly like a missing one, so a branch user
 * cannot even learn that it exists. The audit still records the denial (reason other-branch).
 */
export class OutOfBranchScope extends ApiProblem {
  constructor() {
    super(HttpStatus.NOT_FOUND, 'not-found', 'Not Found');
  }
}

export class NotFoundProblem extends ApiProblem {
  constructor() {
    super(HttpStatus.NOT_FOUND, 'not-found', 'Not Found');
  }
}
