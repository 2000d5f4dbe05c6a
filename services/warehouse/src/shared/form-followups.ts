import type { Tx } from '@freight/platform';
import type { EntityTarget } from 'typeorm';
import type { Approval } from '../approvals/approval.entity';
import type { GatePass } from '../gate/gate-pass.entity';
import { type Form, recordStep } from './form.entity';
import type { Staff } from './staff';
import { saveForm } from '../shared/form.entity';

/** A form hears its approval's decision: `change` sets its state; the step goes on its trail. */
export async function decidedOnForm<E extends Form>(
  tx: Tx,
  entity: EntityTarget<E>,
  approval: Approval,
  change: (form: E, approved: boolean) => void,
  step: string = approval.status,
): Promise<E> {
  const form = await tx.lock(entity, { id: approval.subjectId } as never);
  change(form, approval.status === 'approved');
  recordStep(form, step, approval.decidedBy!, approval.decidedAt!, approval.note ?? undefined);
  await saveForm(tx, form);
  return form;
}

/** A form hears that finance issued its gate pass (R29). */
export async function passOnForm<E extends Form & { gatePassId: string | null }>(
  tx: Tx,
  entity: EntityTarget<E>,
  id: string,
  pass: GatePass,
  by: Staff,
  at: Date,
  change?: (form: E) => void,
): Promise<void> {
  const form = await tx.lock(entity, { id } as never);
  form.gatePassId = pass.id;
  change?.(form);
  recordStep(form, 'gate-pass-issued', by, at, pass.id);
  await saveForm(tx, form);
}
