import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type Tx } from '@freight/platform';
import type { WarehouseHttp } from '@freight/contracts';
import type { z } from 'zod';
import type { Approval } from '../approvals/approval.entity';
import { Approvals } from '../approvals/approvals';
import { qty, sumMinor } from '../shared/amounts';
import { newForm, recordStep, saveForm } from '../shared/form.entity';
import { nextFormNumber } from '../shared/form-numbers';
import { FormStateConflict, requireStatus } from '../shared/form-state';
import type { Staff } from '../shared/staff';
import { WarehouseClock } from '../shared/warehouse-clock';
import { WarehouseTransactions } from '../shared/warehouse-transactions';
import { localDate } from '../shared/warehouse-time';
import { findItems } from '../stock/items.handlers';
import { book, StockLedger } from '../stock/stock-ledger';
import { InboundSlip, inboundSlipView } from './inbound-slip.entity';
import { PaperworkIncomplete, paperworkProblems } from './inbound-slip.rules';

type NewSlip = z.output<typeof WarehouseHttp.newInboundSlipBody>;
type InspectionBody = z.output<typeof WarehouseHttp.inspectionBody>;
type ReceiptBody = z.output<typeof WarehouseHttp.inboundReceiptBody>;

/**
 * R27: the workshop raises the slip as written (gaps and all: the keeper's check names them);
 * the workshop director's signature is asked for at once through the approval mechanism.
 */
@Injectable()
export class InboundSlipHandlers implements OnModuleInit {
  constructor(
    private readonly transactions: WarehouseTransactions,
    private readonly approvals: Approvals,
    private readonly ledger: StockLedger,
    private readonly clock: WarehouseClock,
  ) {}

  onModuleInit(): void {
    this.approvals.onDecision(['finished-goods-inbound'], {
      decided: (a, tx) => this.signed(a, tx),
    });
  }

  raise(body: NewSlip, by: Staff) {
    return this.transactions.run(async (tx) => {
      const now = this.clock.now();
      const id = await nextFormNumber(tx.manager, 'IN', body.branch);
      const what = body.lines.map((l) => `${l.quantity ?? '?'} × ${l.drawingNo ?? '?'}`).join(', ');
      const approval = await this.approvals.request(tx, {
        branch: body.branch,
        kind: 'finished-goods-inbound',
        subject: { type: 'inbound-slip', id },
        summary: `Sign inbound slip ${id}: ${what} from ${body.receivingUnit ?? 'an unnamed unit'}`,
        amountMinor: sumMinor(body.lines.map((l) => l.amountMinor ?? 0)),
        requestedBy: by,
        at: now,
      });
      const slip = tx.manager.create(InboundSlip, {
        ...newForm(id, body.branch, 'raised', by, now),
        receivingUnit: body.receivingUnit ?? null,
        slipDate: body.slipDate ?? null,
        lines: body.lines,
        approvalId: approval.id,
        directorSignature: null,
        inspection: null,
        receipt: null,
      });
      await tx.manager.insert(InboundSlip, slip);
      return inboundSlipView(slip);
    });
  }

  /** The director signed (approved) or refused (the slip goes back to the workshop). */
  private async signed(approval: Approval, tx: Tx) {
    const slip = await tx.lock(InboundSlip, { id: approval.subjectId });
    if (approval.status === 'approved') {
      slip.directorSignature = { by: approval.decidedBy!, at: approval.decidedAt!.toISOString() };
      recordStep(slip, 'signed', approval.decidedBy!, approval.decidedAt!);
    } else {
      slip.status = 'rejected';
      recordStep(
        slip,
        'signature-refused',
        approval.decidedBy!,
        approval.decidedAt!,
        approval.note ?? undefined,
      );
    }
    await saveForm(tx, slip);
  }

  /** QC stamps "inspection passed" (检验合格), or fails the goods. */
  inspect(id: string, body: InspectionBody, by: Staff) {
    return this.transactions.run(async (tx) => {
      const slip = await tx.lock(InboundSlip, { id }, `inbound slip ${id}`);
      requireStatus(slip, ['raised'], 'stamp the inspection');
      if (slip.inspection)
        throw new FormStateConflict(id, `inspected (${slip.inspection.result})`, 'stamp it again');
      const now = this.clock.now();
      slip.inspection = {
        result: body.result,
        reportNo: body.reportNo,
        findings: body.findings ?? null,
        by,
        at: now.toISOString(),
      };
      if (body.result === 'failed') slip.status = 'rejected';
      recordStep(
        slip,
        body.result === 'passed' ? 'inspection-passed' : 'inspection-failed',
        by,
        now,
        body.reportNo,
      );
      await saveForm(tx, slip);
      return inboundSlipView(slip);
    });
  }

  /** The keeper checks goods, certificate and paperwork, and the goods come into stock. */
  receive(id: string, body: ReceiptBody, by: Staff) {
    return this.transactions.run(async (tx) => {
      const slip = await tx.lock(InboundSlip, { id }, `inbound slip ${id}`);
      requireStatus(slip, ['raised'], 'receive the goods');
      const codes = slip.lines.flatMap((l) => (l.drawingNo ? [l.drawingNo] : []));
      const items = await findItems(tx, codes);
      const approval = await this.approvals.of(tx, slip.approvalId);
      const problems = paperworkProblems(slip, items, approval.status === 'approved', body);
      if (problems.length > 0) throw new PaperworkIncomplete(slip.id, problems);
      const now = this.clock.now();
      const movements = await book(this.ledger, tx, {
        branch: slip.branch,
        document: { type: 'inbound-slip', id: slip.id },
        documentDate: slip.slipDate ?? localDate(now),
        bookedAt: now,
        bookedBy: by,
        lines: slip.lines.map((l, i) => ({
          itemCode: l.drawingNo!,
          kind: 'finished-goods-in',
          quantity: qty(l.quantity!),
          valueMinor: l.amountMinor!,
          memo: `${slip.receivingUnit} · ${l.labourHours} h`,
          documentLine: i,
        })),
      });
      slip.status = 'received';
      slip.receipt = { by, at: now.toISOString(), movementSeqs: movements.map((m) => m.seq) };
      recordStep(slip, 'received', by, now);
      await saveForm(tx, slip);
      return inboundSlipView(slip);
    });
  }
}
