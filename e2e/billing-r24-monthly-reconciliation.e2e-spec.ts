import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { waitFor } from '@freight/testing';
import {
  BillingWorld,
  customerRegistered,
  delivered,
  orderPlaced,
  podReceived,
  shipmentsArrived,
  startBillingWorld,
} from './billing-world';

// R24 through the gateway, with the real scheduler: March's orders of a monthly customer close
// at the end of March into a draft statement, the documents desk checks it against the PODs,
// the agent sends it (PDF + XLSX by mail with a link), the customer disputes a line through the
// link and confirms — the invoice is issued at once and finance reads it on billing.events —
// and the disputed line is corrected by a credit note, never by editing the invoice.

const pdfText = (bytes: Buffer) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'statement-')), 'statement.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
};

describe('R24 monthly reconciliation through the gateway', () => {
  let world: BillingWorld;
  const customer = `CUST-R24-${Date.now().toString(36).toUpperCase()}`;
  const orders = [
    orderPlaced({ customerId: customer, placedAt: '2025-03-03T02:00:00Z' }),
    orderPlaced({
      customerId: customer,
      placedAt: '2025-03-12T02:00:00Z',
      lines: [
        { code: 'freight', description: '运费 SH→GZ', amountMinor: 99_999, taxRate: 0.09 },
        { code: 'pickup', description: '提货费', amountMinor: 8_000, taxRate: 0.06 },
      ],
      codMinor: 150_000,
    }),
    orderPlaced({ customerId: customer, placedAt: '2025-03-25T02:00:00Z' }),
  ];
  let statementId: string;
  let token: string;
  let invoiceNo: string;

  beforeAll(async () => {
    world = await startBillingWorld({ scheduler: true, start: '2025-03-28T02:00:00Z' });
    await world.publish('order.customer.registered', customerRegistered(customer));
    for (const order of orders) await world.publish('order.placed', order);
    for (const order of orders.slice(0, 2)) {
      await world.publish(
        'tracking.shipment.status-changed',
        delivered(order, '2025-03-26T02:00:00Z'),
      );
      await world.publish('tracking.pod.received', podReceived(order, '2025-03-27T02:00:00Z'));
    }
    await shipmentsArrived(world, customer, 3);
  }, 240_000);

  afterAll(() => world?.stop());

  it('R24: the end of the month (scheduler deadline) drafts a statement per monthly customer', async () => {
    const clerk = world.as('documents-clerk');
    world.clock.set('2025-04-01T01:00:00Z');
    const list = await waitFor(
      async () => {
        const answer = await clerk(
          'GET',
          `/api/v1/statements?period=2025-03&customerId=${customer}`,
        );
        return answer.body?.items?.length === 1 ? answer.body : undefined;
      },
      { description: 'the draft statement', timeoutMs: 60_000 },
    );
    const [draft] = list.items;
    expect(draft).toMatchObject({
      branch: 'SH01',
      period: '2025-03',
      status: 'draft',
      lineCount: 6,
      customer: { customerId: customer },
    });
    // tax per line, half-up to the fen: 99,999 × 9 % = 8,999.91 → 9,000
    expect(draft.net.amountMinor).toBe(172_000 + 30_000 + 99_999 + 8_000 + 172_000 + 30_000);
    expect(draft.tax.amountMinor).toBe(15_480 + 2_700 + 9_000 + 480 + 15_480 + 2_700);
    statementId = draft.id;
  });

  it('R24: the documents desk cannot match a line whose POD has not come back, and excludes it', async () => {
    const clerk = world.as('documents-clerk');
    const { body: view } = await clerk('GET', `/api/v1/statements/${statementId}`);
    const withoutPod = view.lines.filter(
      (l: { pod: { receivedAt: string | null } }) => !l.pod.receivedAt,
    );
    expect(withoutPod).toHaveLength(2);
    const refused = await clerk('POST', `/api/v1/statements/${statementId}/check-marks`, {
      marks: [{ lineId: withoutPod[0].lineId, mark: 'matched' }],
    });
    expect(refused.status).toBe(409);
    expect(refused.body.type).toBe('urn:freight:problem:pod-missing');

    const early = await clerk('POST', `/api/v1/statements/${statementId}/check-complete`, {});
    expect(early.status).toBe(409);
    expect(early.body.type).toBe('urn:freight:problem:lines-unchecked');

    const marks = view.lines.map((l: { lineId: string; pod: { receivedAt: string | null } }) =>
      l.pod.receivedAt
        ? { lineId: l.lineId, mark: 'matched' }
        : { lineId: l.lineId, mark: 'excluded', note: 'POD not back' },
    );
    const marked = await clerk('POST', `/api/v1/statements/${statementId}/check-marks`, { marks });
    expect(marked.status).toBe(200);
    const checked = await clerk('POST', `/api/v1/statements/${statementId}/check-complete`, {});
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({ status: 'checked', lineCount: 4 });
    expect(checked.body.lines.map((l: { lineNo: number }) => l.lineNo)).toEqual([1, 2, 3, 4]);

    // the excluded shipment goes on April's statement
    const charges = await clerk('GET', `/api/v1/charges?waybillNo=${orders[2].waybillNo}`);
    expect(charges.body.items[0].billingPeriod).toBe('2025-04');
  });

  it('R24: the statement goes to the customer as PDF and XLSX by mail, with a link', async () => {
    const agent = world.as('agent');
    const sent = await agent('POST', `/api/v1/statements/${statementId}/send`, {});
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('sent');
    const mail = await waitFor(
      () => world.smtp.mails.find((m) => m.to.includes(`${customer.toLowerCase()}@example.cn`)),
      {
        description: 'the statement mail',
      },
    );
    expect(mail.subject).toContain('2025-03');
    token = /\/public\/statements\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1];
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf')!;
    const text = pdfText(pdf.content).replace(/\s+/g, '');
    expect(text).toContain('对账单');
    expect(text).toContain(orders[0].waybillNo);
    expect(text).not.toContain(orders[2].waybillNo);
    expect(text).toContain('价税合计');
    const xlsx = mail.attachments.find((a) => a.filename?.endsWith('.xlsx'))!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.content as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(2).value).toBe('运单号');
    expect(sheet.getRow(2).getCell(2).value).toBe(orders[0].waybillNo);
    expect(sheet.rowCount).toBe(5);
    await waitFor(
      async () =>
        (await agent('GET', `/api/v1/statements/${statementId}`)).body.mail?.status === 'sent',
    );
  });

  it('R24: the public link shows only its statement, without signing in', async () => {
    const anonymous = await world.gateway.http('GET', `/api/v1/public/statements/${token}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toMatchObject({ period: '2025-03', status: 'awaiting-answer' });
    expect(anonymous.body.lines).toHaveLength(4);
    expect(JSON.stringify(anonymous.body)).not.toContain(statementId);
    expect(anonymous.body).not.toHaveProperty('branch');
    const other = await world.gateway.http('GET', `/api/v1/public/statements/${'A'.repeat(43)}`);
    expect(other.status).toBe(404);
  });

  it('R24: the customer disputes a line, confirms, and the invoice is issued at once to finance', async () => {
    const disputed = await world.gateway.http(
      'POST',
      `/api/v1/public/statements/${token}/disputes`,
      {
        body: { lines: [{ lineNo: 4, reason: 'pickup charged twice' }] },
      },
    );
    expect(disputed.status).toBe(200);
    expect(disputed.body.lines[3].disputed).toBe('pickup charged twice');
    const unknownLine = await world.gateway.http(
      'POST',
      `/api/v1/public/statements/${token}/disputes`,
      {
        body: { lines: [{ lineNo: 9, reason: 'no such line' }] },
      },
    );
    expect(unknownLine.status).toBe(422);
    expect(unknownLine.body.errors).toEqual([
      { field: 'lines.0.lineNo', message: expect.any(String) },
    ]);

    const confirmed = await world.gateway.http(
      'POST',
      `/api/v1/public/statements/${token}/confirm`,
      { body: {} },
    );
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('confirmed');
    invoiceNo = confirmed.body.invoiceNo;
    expect(invoiceNo).toMatch(/^INV-SH01-2025-\d{6}$/);

    const [issued] = await world.finance.waitFor(
      'billing.invoice.issued',
      (m) => m.key === invoiceNo,
    );
    expect(issued.envelope.data).toMatchObject({
      invoiceNo,
      billingPeriod: '2025-03',
      reconciliationId: statementId,
      customer: { customerId: customer },
      dueDate: '2025-05-01',
      disputedLineNos: [4],
      net: { amountMinor: 172_000 + 30_000 + 99_999 + 8_000, currency: 'CNY' },
      tax: { amountMinor: 15_480 + 2_700 + 9_000 + 480, currency: 'CNY' },
    });
    expect((issued.envelope.data.lines as unknown[]).length).toBe(4);
  });

  it('R24: a confirmation of an invoiced statement is refused (409), nothing is issued twice', async () => {
    const again = await world.gateway.http('POST', `/api/v1/public/statements/${token}/confirm`, {
      body: {},
    });
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('urn:freight:problem:statement-already-invoiced');
    const byAgent = await world.as('agent')(
      'POST',
      `/api/v1/statements/${statementId}/confirm`,
      {},
    );
    expect(byAgent.status).toBe(409);
    const invoices = await world.as('finance')('GET', `/api/v1/invoices?customerId=${customer}`);
    expect(invoices.body.items).toHaveLength(1);
  });

  it('R24: the disputed line is corrected by a credit note against the invoice line; the invoice stays as issued', async () => {
    const manager = world.as('branch-manager');
    const tooMuch = await manager('POST', `/api/v1/invoices/${invoiceNo}/credit-notes`, {
      reason: 'pickup charged twice',
      lines: [{ invoiceLineNo: 4, amount: { amountMinor: 8_001, currency: 'CNY' } }],
    });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.type).toBe('urn:freight:problem:credit-exceeds-line');
    const credit = await manager('POST', `/api/v1/invoices/${invoiceNo}/credit-notes`, {
      reason: 'pickup charged twice',
      lines: [{ invoiceLineNo: 4, amount: { amountMinor: 8_000, currency: 'CNY' } }],
    });
    expect(credit.status).toBe(201);
    expect(credit.body).toMatchObject({
      invoiceNo,
      total: { amountMinor: 8_480 },
      lines: [{ invoiceLineNo: 4, amount: { amountMinor: 8_000 }, tax: { amountMinor: 480 } }],
    });
    const [note] = await world.finance.waitFor(
      'billing.credit-note.issued',
      (m) => m.key === invoiceNo,
    );
    expect(note.envelope.data).toMatchObject({ creditNoteNo: credit.body.creditNoteNo, invoiceNo });
    const invoice = await manager('GET', `/api/v1/invoices/${invoiceNo}`);
    expect(invoice.body).toMatchObject({
      net: { amountMinor: 309_999 },
      credited: { amountMinor: 8_480 },
      lines: expect.arrayContaining([
        expect.objectContaining({
          lineNo: 4,
          dispute: 'credited',
          credited: { amountMinor: 8_000, currency: 'CNY' },
        }),
      ]),
    });
  });
});
