import { Injectable } from '@nestjs/common';
import { type Tx } from '@freight/platform';
import type { WarehouseHttp } from '@freight/contracts';
import type { z } from 'zod';
import { Approvals } from '../approvals/approvals';
import { GatePasses } from '../gate/gate-passes';
import { alert } from '../shared/alerts';
import { qty, sumMinor, yuan } from '../shared/amounts';
import { formStep, newForm, recordStep } from '../shared/form.entity';
import { nextFormNumber } from '../shared/form-numbers';
import { requireStatus } from '../shared/form-state';
import type { Staff } from '../shared/staff';
import { WarehouseClock } from '../shared/warehouse-clock';
import { WarehouseTransactions } from '../shared/warehouse-transactions';
import { endOfMonth, localDate, monthOf } from '../shared/warehouse-time';
import { loadItems } from '../stock/items.handlers';
import { book, StockLedger } from '../stock/stock-ledger';
import { allReturned, armEntrusted, confirmedInWriting } from './entrusted.deadlines';
import {
  EntrustedRequisition,
  entrustedRequisitionView,
  outstandingOf,
} from './entrusted-requisition.entity';
import {
  allBack,
  RequisitionIncomplete,
  requisitionProblems,
  takeOutstanding,
} from './entrusted.rules';

type NewRequisition = z.output<typeof WarehouseHttp.newEntrustedRequisitionBody>;
type ReturnBody = z.output<typeof WarehouseHttp.entrustedReturnBody>;
type CompensationBody = z.output<typeof WarehouseHttp.compensationListBody>;
type ConfirmationBody = z.output<typeof WarehouseHttp.processorConfirmationBody>;

/** R34 entrusted processing: out on a requisition, back against it, or on a compensation list. */
@Injectable()
export class EntrustedHandlers {
  constructor(
    private readonly transactions: WarehouseTransactions,
    private readonly approvals: Approvals,
    private readonly ledger: StockLedger,
    private readonly gatePasses: GatePasses,
    private readonly clock: WarehouseClock,
  ) {}

  raise(body: NewRequisition, by: Staff) {
    return this.transactions.run(async (tx) => {
      const items = await loadItems(
        tx,
        body.lines.map((l) => l.itemCode),
      );
      const problems = requisitionProblems(body.lines, items);
      if (problems.length > 0) throw new RequisitionIncomplete(problems);
      const now = this.clock.now();
      const id = await nextFormNumber(tx.manager, 'EP', body.branch);
      const total = sumMinor(body.lines.map((l) => l.amountMinor));
      const approval = await this.approvals.request(tx, {
        branch: body.branch,
        kind: 'entrusted-processing',
        subject: { type: 'entrusted-requisition', id },
        summary: `${id}: material to ${body.processor} for ${body.purpose} (${yuan(total)})`,
        amountMinor: total,
        requestedBy: by,
        at: now,
      });
      const r = tx.manager.create(EntrustedRequisition, {
        ...newForm(id, body.branch, 'awaiting-approval', by, now),
        processor: body.processor,
        requestedAt: new Date(body.requestedAt),
        purpose: body.purpose,
        requester: { name: body.requester.name, title: body.requester.title ?? null },
        issuer: null,
        approver: null,
        approvalId: approval.id,
        gatePassId: null,
        issuedAt: null,
        totalMinor: String(total),
        lines: body.lines.map((l) => ({
          ...l,
          issuedValueMinor: null,
          returnedQuantity: 0,
          compensatedQuantity: 0,
        })),
        returns: [],
        compensationLists: [],
        processorConfirmation: null,
        dueAt: null,
        overdue: [],
      });
      await tx.manager.insert(EntrustedRequisition, r);
      return entrustedRequisitionView(r);
    });
  }

  /** The keeper (发料人) issues against the gate pass; the month and year-end clocks start. */
  issue(id: string, gatePassId: string, by: Staff) {
    return this.step(id, async (r, tx, now) => {
      requireStatus(r, ['ready-to-issue'], 'issue the material');
      const moved = await this.gatePasses.issueGoods(
        tx,
        { type: 'entrusted-requisition', id, branch: r.branch },
        gatePassId,
        r.lines.map((l, i) => ({
          itemCode: l.itemCode,
          kind: 'entrusted-out',
          quantity: qty(l.quantity).negated(),
          memo: `${r.processor}: ${r.purpose}`,
          documentLine: i,
        })),
        by,
        now,
      );
      r.lines = r.lines.map((l, i) => ({
        ...l,
        issuedValueMinor: -moved
          .filter((m) => m.documentLine === i)
          .reduce((s, m) => s + m.valueMinor, 0),
      }));
      r.issuer = by;
      r.issuedAt = now;
      r.dueAt = endOfMonth(monthOf(now));
      r.status = 'at-processor';
      recordStep(r, 'issued', by, now, gatePassId);
      await tx.publish(armEntrusted(r, now));
    });
  }

  /** Processed goods back in: cost = processing fee + the material's share (R34, 3.2.2.3). */
  takeBack(id: string, body: ReturnBody, by: Staff) {
    return this.step(id, async (r, tx, now) => {
      requireStatus(r, ['at-processor'], 'take processed goods back');
      await loadItems(
        tx,
        body.lines.map((l) => l.productItemCode),
      );
      const lines = body.lines.map((l) => {
        const materialCostMinor = takeOutstanding(
          r.lines,
          l.materialItemCode,
          l.materialQuantity,
          'returnedQuantity',
        );
        return { ...l, materialCostMinor, costMinor: materialCostMinor + l.processingFeeMinor };
      });
      await book(this.ledger, tx, {
        branch: r.branch,
        // each return is its own receipt against the requisition: EP-SH01-000003/R1, /R2 …
        document: { type: 'entrusted-return', id: `${id}/R${r.returns.length + 1}` },
        documentDate: localDate(now),
        bookedAt: now,
        bookedBy: by,
        lines: lines.map((l, i) => ({
          itemCode: l.productItemCode,
          kind: 'entrusted-return',
          quantity: qty(l.productQuantity),
          valueMinor: l.costMinor,
          memo: `加工费 ${yuan(l.processingFeeMinor)} + 材料费 ${yuan(l.materialCostMinor)} (${l.materialQuantity} ${l.materialItemCode})`,
          documentLine: i,
        })),
      });
      r.returns = [
        ...r.returns,
        { at: now.toISOString(), by, invoiceNo: body.invoiceNo ?? null, lines },
      ];
      recordStep(r, 'returned', by, now, body.invoiceNo);
      await this.closeWhenAllBack(r, tx);
    });
  }

  /** A shortfall (scrap in processing, loss) on the compensation list the processor signed. */
  compensate(id: string, body: CompensationBody, by: Staff) {
    return this.step(id, async (r, tx, now) => {
      requireStatus(r, ['at-processor'], 'record a compensation list');
      for (const l of body.lines)
        takeOutstanding(r.lines, l.itemCode, l.quantity, 'compensatedQuantity');
      const total = sumMinor(body.lines.map((l) => l.compensationMinor));
      r.compensationLists = [
        ...r.compensationLists,
        {
          at: now.toISOString(),
          by,
          signedBy: { name: body.signedBy.name, title: body.signedBy.title ?? null },
          signedOn: body.signedOn,
          lines: body.lines,
          totalMinor: total,
        },
      ];
      recordStep(r, 'compensation-list', by, now, `${body.signedBy.name}: ${yuan(total)}`);
      await alert(tx, {
        alertId: `${r.id}:compensation:${r.compensationLists.length}`,
        rule: 'R34',
        kind: 'compensation-list-signed',
        subject: { type: 'entrusted-requisition', id: r.id, branch: r.branch },
        roles: ['finance'],
        title: `${r.processor} signed a compensation list on ${r.id}: collect ${yuan(total)}`,
        raisedAt: now.toISOString(),
      });
      await this.closeWhenAllBack(r, tx);
    });
  }

  /** Not back by year end: the processor confirms in writing what it still holds (R34, 3.2.2.4). */
  confirm(id: string, body: ConfirmationBody, by: Staff) {
    return this.step(id, async (r, tx, now) => {
      requireStatus(r, ['at-processor'], "record the processor's confirmation");
      r.processorConfirmation = {
        letterRef: body.letterRef,
        confirmedBy: { name: body.confirmedBy.name, title: body.confirmedBy.title ?? null },
        confirmedOn: body.confirmedOn,
        expectedBackOn: body.expectedBackOn ?? null,
        recordedBy: by,
      };
      const out = r.lines
        .filter((l) => outstandingOf(l) > 0)
        .map((l) => `${outstandingOf(l)} ${l.unit} ${l.itemCode}`);
      recordStep(r, 'processor-confirmed', by, now, `${body.letterRef}: ${out.join(', ')}`);
      await tx.publish(confirmedInWriting(r));
    });
  }

  private async closeWhenAllBack(r: EntrustedRequisition, tx: Tx) {
    if (!allBack(r.lines)) return;
    r.status = 'closed';
    await tx.publish(allReturned(r));
  }

  private step(id: string, work: (r: EntrustedRequisition, tx: Tx, now: Date) => Promise<void>) {
    return formStep(
      this.transactions,
      this.clock,
      EntrustedRequisition,
      'entrusted requisition',
      entrustedRequisitionView,
    )(id, work);
  }
}
