import { Injectable } from '@nestjs/common';
import type { schedulerEscalationRaisedV1 } from '@freight/contracts';
import type { EventOf } from '@freight/messaging';
import { Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import { ComplaintEscalation } from '../complaints/complaint-escalation.entity';
import { escalateComplaint } from '../complaints/complaint-oversight.rules';
import { Complaint } from '../complaints/complaint.entity';
import { commitChange } from '../complaints/complaint.store';
import { loadDesk } from '../desk/desk.store';
import { FinesLedger } from '../fines/fines-ledger';
import { monthOf } from '../shared/calendar';

type Escalation = EventOf<typeof schedulerEscalationRaisedV1>['data'];

/** `complaint:CMP-SH01-000031:reply:2` → 2 (the round the clock was armed for). */
export const roundOf = (deadlineId: string): number =>
  Number(/:reply:(\d+)$/.exec(deadlineId)?.[1]);

/**
 * R17: a level of a complaint's ladder lapsed: it is reassigned to that level and the register
 * shows it (the gateway streams the escalation itself). Climbing past a branch manager who did
 * nothing is R21's manager neglect: the month's fines follow in the same transaction.
 */
@Injectable()
export class EscalateComplaintHandler {
  constructor(
    private readonly transactions: Transactions,
    private readonly fines: FinesLedger,
  ) {}

  handle(escalation: Escalation, manager?: EntityManager): Promise<void> {
    return this.transactions.run(async (tx) => {
      const complaint = await tx.manager.findOne(Complaint, {
        where: { id: escalation.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      // not ours (another deployment's subject id): nothing to do, nothing to retry
      if (!complaint) return;
      const neglectBefore = complaint.managerNeglect;
      const raisedAt = new Date(escalation.raisedAt);
      const change = escalateComplaint(
        complaint,
        {
          round: roundOf(escalation.deadlineId),
          level: escalation.level,
          role: escalation.role,
          raisedAt,
        },
        await loadDesk(tx.manager, complaint.branch),
        await managerActed(tx.manager, complaint),
      );
      if (!change) return;
      await commitChange(tx, change);
      await tx.manager.insert(ComplaintEscalation, {
        complaintId: complaint.id,
        round: complaint.round,
        level: escalation.level,
        role: escalation.role,
        assignee: complaint.assignee,
        raisedAt,
        branch: complaint.branch,
      });
      if (!neglectBefore && complaint.managerNeglect)
        await tx.publish(
          await this.fines.sync(tx.manager, monthOf(complaint.registeredAt), raisedAt),
        );
    }, manager);
  }
}

/**
 * R21 5.3: did the branch manager act while the complaint was at their level — any step on the
 * register by a branch manager since it reached them in this round?
 */
async function managerActed(manager: EntityManager, c: Complaint): Promise<boolean> {
  if (c.assigneeRole !== 'branch-manager') return false;
  const [row] = await manager.query(
    `SELECT EXISTS (
       SELECT 1 FROM complaint_step s
        WHERE s.complaint_id = $1 AND s.by_user->>'role' = 'branch-manager'
          AND s.at >= COALESCE(
            (SELECT max(raised_at) FROM complaint_escalation
              WHERE complaint_id = $1 AND round = $2 AND role = 'branch-manager'),
            $3)
     ) AS acted`,
    [c.id, c.round, c.roundStartedAt],
  );
  return row.acted;
}
