import { Inject, Injectable } from '@nestjs/common';
import { BillingHttp, EventData } from '@freight/contracts';
import type { KnownOutgoingEvent } from '@freight/messaging';
import { Actor, Clock, CLOCK, Transactions } from '@freight/platform';
import type { z } from 'zod';
import { fen, sum } from '../shared/money.rules';
import { rowsOf } from '../shared/sql';
import { staffOf } from '../shared/staff';
import { disputesSettled, paymentSettled } from './invoice.deadlines';
import { creditLines, InvoiceLineForCredit, openMinor, seriesOf } from './invoice.rules';
import { InvoiceLineRow, lockInvoice, openDisputes } from './invoice.store';
import { nextDocumentNo } from './number-series';

type Body = z.output<typeof BillingHttp.creditNoteBody>;

/**
 * R24: a disputed line is corrected by a credit note (红字发票) against the issued invoice's
 * line — never by editing the invoice. The credit note has its own gapless series, settles the
 * line's open dispute, and reaches finance keyed by the invoice, so it always follows it.
 */
@Injectable()
export class IssueCreditNoteHandler {
  constructor(
    private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  issue(invoiceNo: string, body: Body, actor: Actor): Promise<string> {
    return this.transactions.run(async (tx) => {
      const invoice = await lockInvoice(tx.manager, invoiceNo);
      const rows = await rowsOf<InvoiceLineRow>(
        tx.manager,
        'SELECT * FROM invoice_line WHERE invoice_no = $1 ORDER BY line_no',
        [invoiceNo],
      );
      const byNo = new Map(rows.map((r) => [r.line_no, r]));
      const credited = creditLines(
        new Map<number, InvoiceLineForCredit>(
          rows.map((r) => [
            r.line_no,
            {
              lineNo: r.line_no,
              amount: Number(r.amount_minor),
              taxRate: Number(r.tax_rate),
              tax: Number(r.tax_minor),
              credited: Number(r.credited_minor),
              creditedTax: Number(r.credited_tax_minor),
            },
          ]),
        ),
        body.lines.map((l) => ({
          invoiceLineNo: l.invoiceLineNo,
          amountMinor: l.amount.amountMinor,
        })),
      );
      const now = this.clock.now();
      const creditNoteNo = await nextDocumentNo(tx.manager, seriesOf('CN', invoice.branch, now));
      const lines = credited.map((c, i) => {
        const line = byNo.get(c.invoiceLineNo)!;
        return {
          lineNo: i + 1,
          invoiceLineNo: c.invoiceLineNo,
          waybillNo: line.waybill_no,
          description: line.description,
          amount: fen(c.amount),
          taxRate: Number(line.tax_rate),
          tax: fen(c.tax),
        };
      });
      const net = sum(credited.map((c) => c.amount));
      const tax = sum(credited.map((c) => c.tax));
      await tx.manager.query(
        `INSERT INTO credit_note (credit_note_no, invoice_no, branch, customer_id, customer_name,
            reason, issued_at, issued_by, lines, net_minor, tax_minor)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11)`,
        [
          creditNoteNo,
          invoiceNo,
          invoice.branch,
          invoice.customerId,
          invoice.customerName,
          body.reason,
          now,
          JSON.stringify(staffOf(actor)),
          JSON.stringify(lines),
          net,
          tax,
        ],
      );
      await tx.manager.query(
        `UPDATE invoice_line l SET credited_minor = l.credited_minor + c.amount,
                credited_tax_minor = l.credited_tax_minor + c.tax
           FROM jsonb_to_recordset($2::jsonb) AS c("invoiceLineNo" int, amount bigint, tax bigint)
          WHERE l.invoice_no = $1 AND l.line_no = c."invoiceLineNo"`,
        [invoiceNo, JSON.stringify(credited)],
      );
      await tx.manager.query(
        'UPDATE invoice SET credited_minor = credited_minor + $2 WHERE invoice_no = $1',
        [invoiceNo, net + tax],
      );
      const hadDisputes = (await openDisputes(tx.manager, invoice.statementId)) > 0;
      await tx.manager.query(
        `UPDATE statement_line SET dispute_outcome = 'credited', credit_note_no = $3
          WHERE statement_id = $1 AND line_no = ANY($2::int[]) AND dispute_outcome = 'open'`,
        [invoice.statementId, credited.map((c) => c.invoiceLineNo), creditNoteNo],
      );
      const events: KnownOutgoingEvent[] = [
        {
          type: 'billing.credit-note.issued',
          branch: invoice.branch,
          data: {
            creditNoteNo,
            invoiceNo,
            customer: { customerId: invoice.customerId, name: invoice.customerName },
            branch: invoice.branch,
            reason: body.reason,
            issuedAt: now.toISOString(),
            lines,
            net: fen(net),
            tax: fen(tax),
            total: fen(net + tax),
          } satisfies EventData<'billing.credit-note.issued'>,
        },
      ];
      if (hadDisputes && (await openDisputes(tx.manager, invoice.statementId)) === 0)
        events.push(disputesSettled(invoice));
      if (openMinor({ ...invoice, credited: invoice.credited + net + tax }) <= 0)
        events.push(paymentSettled(invoice));
      await tx.publish(events);
      return creditNoteNo;
    });
  }
}
