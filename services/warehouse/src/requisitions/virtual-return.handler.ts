import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainError } from '@freight/platform';
import type { WarehouseHttp } from '@freight/contracts';
import Decimal from 'decimal.js';
import type { z } from 'zod';
import { DeadlineActions } from '../escalations/deadline-actions';
import { alert } from '../shared/alerts';
import { qtyNumber, shareOf } from '../shared/amounts';
import { nextFormNumber } from '../shared/form-numbers';
import type { Staff } from '../shared/staff';
import { WarehouseClock } from '../shared/warehouse-clock';
import { WarehouseTransactions } from '../shared/warehouse-transactions';
import { monthBoundaryDates } from '../shared/warehouse-time';
import { book, StockLedger } from '../stock/stock-ledger';
import { virtualReturnBooked } from './custody.deadlines';
import { WorkshopCustody } from './workshop-custody';

type VirtualReturn = z.output<typeof WarehouseHttp.virtualReturnBody>;

export class CustodyMismatch extends DomainError {
  constructor(problems: { field: string; message: string }[]) {
    super(409, 'custody-mismatch', problems.map((p) => p.message).join('; '), { errors: problems });
  }
}

/**
 * R36 假退料: at month end the workshop reports what it has not used; the warehouse books it back
 * on the month's last day and out again on the 1st (the "下月1日领料单"), so the month's books
 * show only what was consumed. Both lines are `virtual` in the ledger.
 */
@Injectable()
export class VirtualReturnHandler implements OnModuleInit {
  constructor(
    private readonly transactions: WarehouseTransactions,
    private readonly custody: WorkshopCustody,
    private readonly ledger: StockLedger,
    private readonly deadlines: DeadlineActions,
    private readonly clock: WarehouseClock,
  ) {}

  onModuleInit(): void {
    this.deadlines.on('workshop-custody', {
      escalated: (e, tx) =>
        alert(tx, {
          alertId: `${e.deadlineId}:level-${e.level}`,
          rule: 'R36',
          kind: 'virtual-return-missing',
          subject: { ...e.subject },
          roles: [e.role === 'workshop-director' ? 'warehouse-keeper' : e.role],
          title: `No month-end virtual return booked for ${String(e.payload.workshop)} (${String(e.payload.month)})`,
          raisedAt: e.raisedAt,
        }),
    });
  }

  handle(body: VirtualReturn, by: Staff) {
    return this.transactions.run(async (tx) => {
      const held = await this.custody.lock(tx, body.branch, body.workshop);
      const exists: unknown[] = await tx.manager.query(
        'SELECT id FROM custody_report WHERE branch = $1 AND workshop = $2 AND month = $3',
        [body.branch, body.workshop, body.month],
      );
      if (exists.length > 0)
        throw new CustodyMismatch([
          { field: 'month', message: `${body.workshop}'s ${body.month} is already booked` },
        ]);
      const problems = body.lines.flatMap((l, i) => {
        const h = held.get(l.itemCode);
        return !h || h.quantity.lessThan(l.unusedQuantity)
          ? [
              {
                field: `lines[${i}].unusedQuantity`,
                message: `${body.workshop} holds ${h?.quantity.toNumber() ?? 0} of ${l.itemCode}, ${l.unusedQuantity} reported unused`,
              },
            ]
          : [];
      });
      if (problems.length > 0) throw new CustodyMismatch(problems);

      const now = this.clock.now();
      const id = await nextFormNumber(tx.manager, 'VR', body.branch);
      const { lastDay, nextFirstDay } = monthBoundaryDates(body.month);
      const lines = body.lines.map((l) => {
        const h = held.get(l.itemCode)!;
        const unusedValueMinor = shareOf(
          h.valueMinor,
          l.unusedQuantity,
          h.quantity.isZero() ? 1 : h.quantity,
        );
        return { ...l, held: h.quantity, unusedValueMinor };
      });
      const moving = lines.filter((l) => l.unusedQuantity > 0);
      const posting = {
        branch: body.branch,
        document: { type: 'custody-report', id },
        bookedAt: now,
        bookedBy: by,
      };
      const back = moving.length
        ? await book(this.ledger, tx, {
            ...posting,
            documentDate: lastDay,
            lines: moving.map((l, i) => ({
              itemCode: l.itemCode,
              kind: 'virtual-return',
              entry: 'virtual' as const,
              quantity: new Decimal(l.unusedQuantity),
              valueMinor: l.unusedValueMinor,
              memo: `假退料 ${body.workshop} ${body.month}`,
              documentLine: i,
            })),
          })
        : [];
      const out = moving.length
        ? await book(this.ledger, tx, {
            ...posting,
            documentDate: nextFirstDay,
            lines: moving.map((l, i) => ({
              itemCode: l.itemCode,
              kind: 'virtual-reissue',
              entry: 'virtual' as const,
              quantity: new Decimal(l.unusedQuantity).negated(),
              valueMinor: -l.unusedValueMinor,
              memo: `${nextFirstDay} 领料 ${body.workshop}`,
              documentLine: i,
            })),
          })
        : [];
      const report = lines.map((l) => ({
        itemCode: l.itemCode,
        heldQuantity: qtyNumber(l.held),
        consumedQuantity: qtyNumber(l.held.minus(l.unusedQuantity)),
        unusedQuantity: l.unusedQuantity,
        unusedValueMinor: l.unusedValueMinor,
        movementSeqs: [...back, ...out].filter((m) => m.itemCode === l.itemCode).map((m) => m.seq),
      }));
      for (const l of lines)
        await this.custody.set(
          tx,
          body.branch,
          body.workshop,
          l.itemCode,
          new Decimal(l.unusedQuantity),
          l.unusedValueMinor,
          nextFirstDay.slice(0, 7),
        );
      await tx.manager.query(
        `INSERT INTO custody_report (id, branch, workshop, month, reported_by, booked_by, booked_at, return_date, reissue_date, lines)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          id,
          body.branch,
          body.workshop,
          body.month,
          body.reportedBy,
          JSON.stringify(by),
          now,
          lastDay,
          nextFirstDay,
          JSON.stringify(report),
        ],
      );
      await tx.publish(virtualReturnBooked(body.branch, body.workshop, body.month));
      return {
        id,
        branch: body.branch,
        workshop: body.workshop,
        month: body.month,
        reportedBy: body.reportedBy,
        bookedBy: by,
        bookedAt: now.toISOString(),
        returnDate: lastDay,
        reissueDate: nextFirstDay,
        lines: report,
      };
    });
  }
}
