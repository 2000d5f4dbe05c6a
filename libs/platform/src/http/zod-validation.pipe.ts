import { Body, Param, PipeTransform, Query } from '@nestjs/common';
import type { z } from 'zod';
import { FieldProblem, ValidationProblem } from './problem';

/** zod issues → field-level problems; an unknown field is named as its own problem. */
export function fieldProblems(error: z.ZodError, prefix?: string): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const at = [...(prefix ? [prefix] : []), ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: at ? `${at}.${key}` : key,
        message: 'unknown field',
      }));
    }
    return [{ field: at || '(root)', message: issue.message }];
  });
}

/**
 * Validates and parses a body, query or path parameter with a zod schema: a 400 naming each
 * field when it does not fit. Body and query schemas are strict objects: a field the API does
 * not know is refused, never silently dropped (mass assignment, OWASP API3).
 */
export class ZodValidation<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(
    private readonly schema: S,
    private readonly where: 'body' | 'query' | 'path' = 'body',
    /** for a single path parameter: its name, so the problem names it */
    private readonly field?: string,
  ) {}

  transform(value: unknown): z.output<S> {
    const result = this.schema.safeParse(this.field ? value : (value ?? {}));
    if (result.success) return result.data;
    throw new ValidationProblem(fieldProblems(result.error, this.field), this.where);
  }
}

/** `@ValidBody(schema) body: z.output<typeof schema>` */
export const ValidBody = (schema: z.ZodType): ParameterDecorator =>
  Body(new ZodValidation(schema, 'body'));

/** `@ValidQuery(schema) query: z.output<typeof schema>` */
export const ValidQuery = (schema: z.ZodType): ParameterDecorator =>
  Query(new ZodValidation(schema, 'query'));

/** `@ValidParam('id', ids.uuid) id: string` — a malformed id is a 400 naming it, never a 500. */
export const ValidParam = (name: string, schema: z.ZodType): ParameterDecorator =>
  Param(name, new ZodValidation(schema, 'path', name));
