import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NotFoundProblem, type Tx } from '@freight/platform';
import type { WarehouseHttp } from '@freight/contracts';
import Decimal from 'decimal.js';
import type { z } from 'zod';
import type { Approval } from '../approvals/approval.entity';
import { Approvals } from '../approvals/approvals';
import { GatePasses } from '../gate/gate-passes';
import { GatePassRefused, GateSubjects } from '../gate/gate-subjects';
import { checkPayment } from '../sales/sale.rules';
import { lineAmount, qty, sumMinor, yuan } from '../shared/amounts';
import { formFromRow, newForm } from '../shared/form.entity';
import { nextFormNumber } from '../shared/form-numbers';
import { FormStateConflict, requireStatus } from '../shared/form-state';
import type { Staff } from '../shared/staff';
import { WarehouseClock } from '../shared/warehouse-clock';
import { WarehouseTransactions } from '../shared/warehouse-transactions';
import { loadItems } from '../stock/items.handlers';
import { StockLedger } from '../stock/stock-ledger';
import { issueValue } from '../stock/valuation.rules';
import { leavesTheCompany, Requisition, requisitionView } from './requisition.entity';
import { WorkshopCustody } from './workshop-custody';
import { decidedOnForm, passOnForm } from '../shared/form-followups';

type NewRequisition = z.output<typeof WarehouseHttp.newRequisitionBody>;

const KIND = {
  production: 'production-requisition',
  'outside-sale': 'material-outside-use',
  'after-sales': 'material-outside-use',
} as const;

/**
 * R36: production draws against the plan with the workshop director's approval; R37: material
 * sold outside or used for after-sales with a manager's, at book price, through the gate.
 */
@Injectable()
export class RequisitionHandlers implements OnModuleInit {
  constructor(
    private readonly transactions: WarehouseTransactions,
    private readonly approvals: Approvals,
    private readonly ledger: StockLedger,
    private readonly gatePasses: GatePasses,
    private readonly gate: GateSubjects,
    private readonly custody: WorkshopCustody,
    private readonly clock: WarehouseClock,
  ) {}

  onModuleInit(): void {
    this.approvals.onDecision(['production-requisition', 'material-outside-use'], {
      decided: (a, tx) => this.decided(a, tx),
    });
    this.gate.on('requisition', {
      passFor: async (tx, id, branch, payment) => {
        const r = await tx.manager.findOneBy(Requisition, { id });
        if (!r || r.branch !== branch)
          throw new NotFoundProblem(`no requisition ${id} in ${branch}`);
        if (!leavesTheCompany(r))
          throw new GatePassRefused(
            'no-gate-pass-needed',
            `${r.id} draws production material: it does not leave the company`,
          );
        if (r.status !== 'approved')
          throw new FormStateConflict(
            r.id,
            r.status,
            'issue a gate pass',
            'a manager has not approved it (R37)',
          );
        if (r.purpose === 'outside-sale')
          checkPayment(
            r.id,
            'contract',
            sumMinor(r.lines.map((l) => l.bookValueMinor ?? 0)),
            payment,
          );
        return {
          basis: 'material',
          lines: r.lines.map((l) => ({ itemCode: l.itemCode, quantity: l.quantity })),
        };
      },
      passIssued: (tx, id, pass, by, at) => passOnForm(tx, Requisition, id, pass, by, at),
    });
  }

  raise(body: NewRequisition, by: Staff) {
    return this.transactions.run(async (tx) => {
      const items = await loadItems(
        tx,
        body.lines.map((l) => l.itemCode),
      );
      const cards = await this.ledger.cards(
        tx,
        body.branch,
        body.lines.map((l) => l.itemCode),
      );
      const lines = body.lines.map((l) => {
        const item = items.get(l.itemCode)!;
        const card = cards.get(l.itemCode);
        const estimate = card?.quantity.isPositive()
          ? issueValue(card, new Decimal(l.quantity))
          : lineAmount(l.quantity, Number(item.standardPriceMinor ?? 0));
        return {
          itemCode: l.itemCode,
          name: item.name,
          unit: item.unit,
          quantity: l.quantity,
          bookValueMinor: estimate,
        };
      });
      const now = this.clock.now();
      const id = await nextFormNumber(tx.manager, 'RQ', body.branch);
      const total = sumMinor(lines.map((l) => l.bookValueMinor));
      const approval = await this.approvals.request(tx, {
        branch: body.branch,
        kind: KIND[body.purpose],
        subject: { type: 'requisition', id },
        summary: `${id}: ${body.purpose} — ${body.use}${body.workshop ? ` (${body.workshop}, plan ${body.planRef})` : ''}, ${yuan(total)} at book price`,
        amountMinor: total,
        requestedBy: by,
        at: now,
      });
      const r = tx.manager.create(Requisition, {
        ...newForm(id, body.branch, 'awaiting-approval', by, now),
        purpose: body.purpose,
        workshop: body.workshop ?? null,
        planRef: body.planRef ?? null,
        use: body.use,
        custody: body.custody,
        buyer: body.buyer
          ? { name: body.buyer.name, customerId: body.buyer.customerId ?? null }
          : null,
        lines,
        approvalId: approval.id,
        approver: null,
        gatePassId: null,
        issuedAt: null,
        issuer: null,
      });
      await tx.manager.insert(Requisition, r);
      return requisitionView(r);
    });
  }

  /**
   * The keeper issues; custody material moves to the workshop's keeping (R36). The form is
   * written first and the ledger last, so the stock cards stay locked only for their lines and
   * the commit. The requisition keeps the book value it was written at (R37); the ledger has
   * what left.
   */
  issue(id: string, gatePassId: string | undefined, by: Staff) {
    return this.transactions.run(async (tx) => {
      const now = this.clock.now();
      const r = await this.claimForIssue(tx, id, by, now, gatePassId);
      const moved = await this.gatePasses.issueGoods(
        tx,
        { type: 'requisition', id, branch: r.branch },
        gatePassId,
        r.lines.map((l, i) => ({
          itemCode: l.itemCode,
          kind: `${r.purpose}-issue`,
          quantity: qty(l.quantity).negated(),
          memo: r.workshop ?? r.buyer?.name ?? r.use,
          documentLine: i,
        })),
        by,
        now,
        leavesTheCompany(r),
      );
      if (r.custody)
        await this.custody.received(
          tx,
          r.branch,
          r.workshop!,
          r.lines.map((l, i) => ({
            itemCode: l.itemCode,
            quantity: l.quantity,
            valueMinor: -moved
              .filter((m) => m.documentLine === i)
              .reduce((s, m) => s + m.valueMinor, 0),
          })),
          now,
        );
      return requisitionView(r);
    });
  }

  /**
   * Approved → issued in one statement that also takes the row lock (the hot path of every
   * outbound, benchmarked); anything else is refused as the rule says, after loading the form.
   */
  private async claimForIssue(tx: Tx, id: string, by: Staff, at: Date, gatePassId?: string) {
    const step = {
      step: 'issued',
      by,
      at: at.toISOString(),
      ...(gatePassId ? { note: gatePassId } : {}),
    };
    const [rows]: [Record<string, unknown>[], number] = await tx.manager.query(
      `UPDATE requisition SET status = 'issued', issued_at = $2, issuer = $3::jsonb, trail = trail || $4::jsonb
        WHERE id = $1 AND status = 'approved' RETURNING *`,
      [id, at, JSON.stringify(by), JSON.stringify([step])],
    );
    if (rows.length === 1) return formFromRow(tx, Requisition, rows[0]);
    const r = await tx.lock(Requisition, { id }, `requisition ${id}`);
    requireStatus(r, ['approved'], 'issue the material');
    throw new Error(`requisition ${id} could not be claimed`);
  }

  private async decided(approval: Approval, tx: Tx) {
    await decidedOnForm(tx, Requisition, approval, (r, approved) => {
      r.status = approved ? 'approved' : 'rejected';
      r.approver = approval.decidedBy;
    });
  }
}
