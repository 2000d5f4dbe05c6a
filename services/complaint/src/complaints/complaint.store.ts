import type { EntityManager } from 'typeorm';
import type { Tx } from '@freight/platform';
import { ComplaintCause } from './complaint-cause.entity';
import { ComplaintStep } from './complaint-step.entity';
import { Complaint } from './complaint.entity';
import { UnknownCause } from './complaint.errors';
import type { ComplaintChange } from './complaint.rules';

/** Saves a change of a complaint: the row, its new register steps, its events — one transaction. */
export async function commitChange(
  tx: Tx,
  change: ComplaintChange,
  created = false,
): Promise<void> {
  if (created) await tx.manager.insert(Complaint, change.complaint);
  else await tx.manager.save(Complaint, change.complaint);
  if (change.steps.length > 0)
    await tx.manager.insert(
      ComplaintStep,
      change.steps.map((s) => ({
        complaintId: change.complaint.id,
        at: s.at,
        kind: s.kind,
        by: s.by,
        text: s.text,
        hqOnly: s.hqOnly ?? false,
      })),
    );
  await tx.publish(change.events);
}

/** `CMP-SH01-000031`: the branch and a company-wide number. */
export async function nextComplaintId(manager: EntityManager, branch: string): Promise<string> {
  const [{ n }] = await manager.query("SELECT nextval('complaint_number_seq')::int AS n");
  return `CMP-${branch}-${String(n).padStart(6, '0')}`;
}

/** R18: a cause from the managed list, still in use. */
export async function mustBeActiveCause(manager: EntityManager, code: string): Promise<void> {
  const cause = await manager.findOneBy(ComplaintCause, { code, active: true });
  if (!cause) throw new UnknownCause(code);
}
