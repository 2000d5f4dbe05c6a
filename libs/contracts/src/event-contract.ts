import type { z } from 'zod';

/**
 * One event type at one version: the row of the registry that maps type → schema → topic → key.
 * Additive changes keep the version; a breaking change is a new contract (`version + 1`) that
 * producers dual-publish while consumers move (architecture.md, Contracts).
 */
export interface EventContract<TSchema extends z.ZodType = z.ZodType> {
  type: string;
  version: number;
  topic: string;
  schema: TSchema;
  /** the Kafka message key (and CloudEvents `subject`): events with one key keep their order */
  key(data: z.output<TSchema>): string;
  description: string;
  /** a valid instance, used in docs, in the AsyncAPI document and by tests */
  example: z.input<TSchema>;
}

/** A contract whose type and version stay literal, so producers can name its data type. */
export type DefinedEvent<
  T extends string,
  V extends number,
  S extends z.ZodType,
> = EventContract<S> & {
  type: T;
  version: V;
};

export function defineEvent<const T extends string, const V extends number, S extends z.ZodType>(
  contract: EventContract<S> & { type: T; version: V },
): DefinedEvent<T, V, S> {
  return contract;
}
