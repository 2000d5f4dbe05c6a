import { HttpException, HttpStatus } from '@nestjs/common';
import type { z } from 'zod';

/** One field that failed validation: its dot path and why. */
export interface FieldProblem {
  field: string;
  message: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** A 400 naming every bad field (RFC 9457, with the gateway's `errors` extension). */
export class ValidationProblem extends HttpException {
  constructor(readonly errors: FieldProblem[]) {
    super(`${errors.length} problem(s) in the request`, HttpStatus.BAD_REQUEST);
  }
}

export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const at = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        field: at ? `${at}.${key}` : key,
        message: 'unknown field',
      }));
    return [{ field: at || '(root)', message: issue.message }];
  });
}
