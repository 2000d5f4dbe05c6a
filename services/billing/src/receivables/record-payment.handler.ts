import { Inject, Injectable } from '@nestjs/common';
import { BillingHttp } from '@freight/contracts';
import { Actor, Clock, CLOCK, NotFoundProblem, Transactions } from '@freight/platform';
import type { z } from 'zod';
import { customerRef } from '../customers/customer-accounts';
import { seriesOf } from '../invoices/invoice.rules';
import { nextDocumentNo } from '../invoices/number-series';
import { fen } from '../shared/money.rules';
import { oneOf } from '../shared/sql';
import { staffOf } from '../shared/staff';
import { applyAllocations, lockOpenInvoices } from './allocations';
import { allocateCredit, allocatePayment } from './payment.rules';

type PaymentBody = z.output<typeof BillingHttp.paymentBody>;
type AllocationBody = z.output<typeof BillingHttp.allocationBody>;

/**
 * R25: finance records a customer's payment and allocates it (partial payments leave an invoice
 * open; an overpayment is kept as credit only when finance says so). Payment, allocations, the
 * invoices' paid figures and the events for finance's ledger commit together.
 */
@Injectable()
export class RecordPaymentHandler {
  constructor(
    private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  record(customerId: string, body: PaymentBody, actor: Actor): Promise<string> {
    return this.transactions.run(async (tx) => {
      const customer = await customerRef(tx.manager, customerId);
      const open = await lockOpenInvoices(tx, customerId);
      const { allocations, unapplied } = allocatePayment(
        { amount: body.amount.amountMinor, keepAsCredit: body.overpayment === 'keep-as-credit' },
        open,
        body.allocations?.map((a) => ({ invoiceNo: a.invoiceNo, amount: a.amount.amountMinor })),
      );
      const now = this.clock.now();
      const paymentId = await nextDocumentNo(tx.manager, seriesOf('PAY', customer.branch, now));
      await tx.manager.query(
        `INSERT INTO payment (payment_id, branch, customer_id, customer_name, received_at,
            amount_minor, method, reference, unapplied_minor, recorded_at, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb)`,
        [
          paymentId,
          customer.branch,
          customerId,
          customer.name,
          body.receivedAt,
          body.amount.amountMinor,
          body.method,
          body.reference,
          unapplied,
          now,
          JSON.stringify(staffOf(actor)),
        ],
      );
      const allocated = await applyAllocations(tx, paymentId, customer, allocations, open, now);
      await tx.publish([
        {
          type: 'billing.payment.recorded',
          branch: customer.branch,
          data: {
            paymentId,
            customer: { customerId, name: customer.name },
            branch: customer.branch,
            receivedAt: new Date(body.receivedAt).toISOString(),
            amount: fen(body.amount.amountMinor),
            method: body.method,
            reference: body.reference,
            allocations: allocations.map((a) => ({
              invoiceNo: a.invoiceNo,
              amount: fen(a.amount),
            })),
            unapplied: fen(unapplied),
            recordedAt: now.toISOString(),
            recordedBy: staffOf(actor),
          },
        },
        ...allocated,
      ]);
      return paymentId;
    });
  }

  /** Credit kept from a payment, applied to invoices later (R25). */
  allocate(paymentId: string, body: AllocationBody): Promise<void> {
    return this.transactions.run(async (tx) => {
      const payment = await oneOf<{ customer_id: string; unapplied_minor: string }>(
        tx.manager,
        'SELECT customer_id, unapplied_minor FROM payment WHERE payment_id = $1 FOR UPDATE',
        [paymentId],
      );
      if (!payment) throw new NotFoundProblem(`no payment ${paymentId}`);
      const customer = await customerRef(tx.manager, payment.customer_id);
      const open = await lockOpenInvoices(tx, payment.customer_id);
      const requested = body.allocations.map((a) => ({
        invoiceNo: a.invoiceNo,
        amount: a.amount.amountMinor,
      }));
      const left = allocateCredit(Number(payment.unapplied_minor), open, requested);
      await tx.manager.query('UPDATE payment SET unapplied_minor = $2 WHERE payment_id = $1', [
        paymentId,
        left,
      ]);
      const now = this.clock.now();
      await tx.publish(await applyAllocations(tx, paymentId, customer, requested, open, now));
    });
  }
}
