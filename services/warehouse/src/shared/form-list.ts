import { decodeCursor, pageOf, type Page } from '@freight/platform';
import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { z } from 'zod';

export interface FormListQuery {
  limit: number;
  cursor?: string;
  branch?: string;
  status?: string;
}

export interface FormListOptions<E extends ObjectLiteral> {
  /** more filters on the builder (alias `f`) */
  where?: (builder: SelectQueryBuilder<E>) => void;
  /** the column the list runs newest first by; created_at unless said */
  createdColumn?: string;
  createdOf?: (row: E) => Date;
}

const cursorKey = z.tuple([z.string(), z.string()]);

/**
 * A page of forms, newest first (keyset on the creation time and id), filtered by branch in SQL
 * (R41: the gateway forces a branch user's own) and by status.
 */
export async function listForms<E extends ObjectLiteral & { id: string }, V>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  query: FormListQuery,
  toView: (form: E) => V,
  options: FormListOptions<E> = {},
): Promise<Page<V>> {
  const column = options.createdColumn ?? 'created_at';
  const createdOf =
    options.createdOf ?? ((row: E) => (row as unknown as { createdAt: Date }).createdAt);
  const builder = manager
    .createQueryBuilder(entity, 'f')
    .orderBy(`f.${column}`, 'DESC')
    .addOrderBy('f.id', 'DESC')
    .take(query.limit + 1);
  if (query.branch) builder.andWhere('f.branch = :branch', { branch: query.branch });
  if (query.status) builder.andWhere('f.status = :status', { status: query.status });
  options.where?.(builder);
  if (query.cursor) {
    const [at, id] = decodeCursor(query.cursor, cursorKey);
    builder.andWhere(`(f.${column}, f.id) < (:at, :id)`, { at, id });
  }
  const rows = await builder.getMany();
  return pageOf(rows, query.limit, toView, (f) => [createdOf(f).toISOString(), f.id]);
}
