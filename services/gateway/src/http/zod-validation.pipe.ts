import { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { FieldProblem, ValidationProblem } from './problem';

/** zod issues → field-level problems; an unknown field is named as its own problem. */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const at = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: at ? `${at}.${key}` : key, message: 'unknown field' }));
    }
    return [{ field: at || '(root)', message: issue.message }];
  });
}

/**
 * Validates and parses a body or query with a zod schema. Schemas are strict objects: a field
 * the API does not know is rejected, never silently dropped (mass assignment, OWASP API3).
 */
export class ZodValidation<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(
    private readonly schema: S,
    private readonly where: 'body' | 'query' | 'path' = 'body',
  ) {}

  transform(value: unknown): z.output<S> {
    const result = this.schema.safeParse(value ?? {});
    if (result.success) return result.data;
    throw new ValidationProblem(fieldProblems(result.error), this.where);
  }
}
