import { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { fieldProblems, ValidationProblem } from './problem';

/** Parses a body or query with a strict zod schema; a bad one is a 400 naming the field. */
export class ZodValidation<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    const result = this.schema.safeParse(value ?? {});
    if (result.success) return result.data;
    throw new ValidationProblem(fieldProblems(result.error));
  }
}
