import type { Tx } from '@freight/platform';
import { Column, PrimaryColumn, type EntityTarget } from 'typeorm';
import type { Staff } from './staff';

/** One step of a form's life, kept on the form (the gateway audits every change as well). */
export interface TrailEntry {
  step: string;
  by: Staff;
  at: string;
  note?: string;
}

/**
 * The columns every warehouse form starts with (R27–R37): its number (`SL-SH01-000012`), branch
 * (R41), state, who raised it and when, and its trail of steps.
 */
export abstract class Form {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  branch: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'jsonb' })
  createdBy: Staff;

  @Column({ type: 'jsonb' })
  trail: TrailEntry[];
}

/** Records a step on the form's trail. */
export function recordStep(form: Form, step: string, by: Staff, at: Date, note?: string): void {
  form.trail = [...form.trail, { step, by, at: at.toISOString(), ...(note ? { note } : {}) }];
}

/** The header every form's view starts with. */
export function formHeader(form: Form) {
  return {
    id: form.id,
    branch: form.branch,
    status: form.status,
    currency: 'CNY' as const,
    createdAt: form.createdAt.toISOString(),
    createdBy: form.createdBy,
    trail: form.trail,
  };
}

/** A new form's common columns. */
export function newForm(id: string, branch: string, status: string, by: Staff, at: Date) {
  return {
    id,
    branch,
    status,
    createdAt: at,
    createdBy: by,
    trail: [{ step: 'raised', by, at: at.toISOString() }] as TrailEntry[],
  };
}

export const iso = (date: Date | null | undefined): string | null => date?.toISOString() ?? null;

/**
 * Writes a locked form back in one UPDATE (TypeORM's save would read it again first): shorter
 * transactions, shorter holds on the rows they lock.
 */
export async function saveForm<E extends { id: string }>(tx: Tx, form: E): Promise<void> {
  await tx.manager.update(
    form.constructor as EntityTarget<E>,
    { id: form.id } as never,
    form as never,
  );
}

/**
 * The one way a step changes a form: lock it, let `work` decide (and book, publish), save it,
 * answer its view — in one transaction.
 */
export function formStep<E extends Form, V>(
  transactions: { run<T>(work: (tx: Tx) => Promise<T>): Promise<T> },
  clock: { now(): Date },
  entity: EntityTarget<E>,
  noun: string,
  view: (form: E) => V,
) {
  return (id: string, work: (form: E, tx: Tx, now: Date) => Promise<void>) =>
    transactions.run(async (tx) => {
      const form = await tx.lock(entity, { id } as never, `${noun} ${id}`);
      await work(form, tx, clock.now());
      await saveForm(tx, form);
      return view(form);
    });
}

/** A form from a raw row (`RETURNING *`), through the entity's own column mapping. */
export function formFromRow<E extends object>(
  tx: Tx,
  entity: EntityTarget<E>,
  row: Record<string, unknown>,
): E {
  const form = tx.manager.create(entity);
  for (const column of tx.manager.connection.getMetadata(entity).columns)
    (form as Record<string, unknown>)[column.propertyName] = row[column.databaseName];
  return form;
}
