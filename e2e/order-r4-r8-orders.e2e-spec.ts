import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isValidWaybillNo } from '@freight/contracts';
import { waitFor } from '@freight/testing';
import ExcelJS from 'exceljs';
import {
  customerBody,
  deadlinesOf,
  Desk,
  inquiryBody,
  publishedEvents,
  startDesk,
  tariffBody,
  trackingStep,
  WUHAN_CONSIGNEE,
} from './order-desk';

// R4 work orders for the documents desk, R5 waybills and labels, R6 search, R7 the daily
// volume report, R8 pickup notices — through the gateway, with the real scheduler keeping the
// documents desk's 30-minute acknowledgement clock, on the FakeClock (Monday 2 March 2026).

const WINDOW = { from: '2026-03-02T05:00:00Z', to: '2026-03-02T09:00:00Z' }; // 13:00–17:00 Shanghai
const CARGO = {
  description: '机械零件 machine parts',
  pieces: 3,
  weightKg: 860,
  volumeM3: 2.4,
  packaging: 'crates',
};

describe('work orders (R4–R8)', () => {
  let desk: Desk;
  let customerId: string;

  const direct = (overrides: Record<string, unknown> = {}) =>
    desk.api('agent', 'POST', '/orders', {
      body: {
        customerId,
        consignee: WUHAN_CONSIGNEE,
        cargo: CARGO,
        pickupWindow: WINDOW,
        ...overrides,
      },
    });
  const placed = async (overrides: Record<string, unknown> = {}) => {
    const answer = await direct(overrides);
    if (answer.status !== 201) throw new Error(`order: ${answer.status} ${answer.text}`);
    return answer.body;
  };

  beforeAll(async () => {
    desk = await startDesk({ scheduler: true });
    await desk.addUser('gz-agent', 'agent', 'GZ01');
    expect(
      (await desk.api('hq-service', 'POST', '/rate-tables', { body: tariffBody() })).status,
    ).toBe(201);
    customerId = (await desk.api('agent', 'POST', '/customers', { body: customerBody() })).body
      .customerId;
  }, 240_000);
  afterAll(() => desk?.stop());

  it('R4: an accepted quote becomes the work order at its locked price; order.placed carries all the others need', async () => {
    const { body: inquiry } = await desk.api('agent', 'POST', '/inquiries', {
      body: inquiryBody({
        customerId,
        serviceOptions: {
          pickup: true,
          deliveryMode: 'door',
          podRequired: true,
          codAmount: 500_000,
        },
      }),
    });
    const { body: quoted } = await desk.api(
      'agent',
      'POST',
      `/inquiries/${inquiry.inquiryId}/quote`,
      { body: {} },
    );
    await desk.api('agent', 'POST', `/quotes/${quoted.quote.quoteId}/accept`, { body: {} });
    const order = await desk.api('agent', 'POST', '/orders', {
      body: {
        customerId,
        quoteId: quoted.quote.quoteId,
        consignee: WUHAN_CONSIGNEE,
        pickupWindow: WINDOW,
        requirements: 'tail-lift truck',
        cautions: 'keep dry',
      },
    });
    expect(order.status).toBe(201);
    expect(isValidWaybillNo(order.body.waybillNo)).toBe(true);
    expect(order.body).toMatchObject({
      orderId: `ORD-${order.body.waybillNo}`,
      waybillNo: expect.stringMatching(/^SH\d{10}$/),
      status: 'placed',
      quoteId: quoted.quote.quoteId,
      price: quoted.quote.price,
      paymentTerms: 'monthly',
      promisedDeliveryAt: '2026-03-04T09:00:00.000Z',
      acknowledgement: { dueDeadlineId: `order:${order.body.orderId}:ack:1` },
    });
    const [event] = (await publishedEvents(desk, 'order.placed')).filter(
      (e) => e.data.orderId === order.body.orderId,
    );
    expect(event.data).toMatchObject({
      waybillNo: order.body.waybillNo,
      branch: 'SH01',
      customer: { customerId },
      agent: { username: 'agent' },
      shipper: { address: { city: '上海市', street: '华宁路 88 号' } },
      consignee: {
        name: WUHAN_CONSIGNEE.name,
        address: { coordinates: WUHAN_CONSIGNEE.address.coordinates },
      },
      lane: { origin: 'SH', destination: 'WH' },
      cargo: { pieces: 12, weightKg: 860, volumeM3: 2.4, dangerousGoodsClass: 'none' },
      price: quoted.quote.price,
      paymentTerms: 'monthly',
      codAmount: { amountMinor: 500_000, currency: 'CNY' },
      deliveryMode: 'door',
      podRequired: true,
      pickupWindow: { from: '2026-03-02T05:00:00.000Z', to: '2026-03-02T09:00:00.000Z' },
      requirements: 'tail-lift truck',
      cautions: 'keep dry',
      quoteId: quoted.quote.quoteId,
    });
    const again = await desk.api('agent', 'POST', '/orders', {
      body: {
        customerId,
        quoteId: quoted.quote.quoteId,
        consignee: WUHAN_CONSIGNEE,
        pickupWindow: WINDOW,
      },
    });
    expect(again).toMatchObject({
      status: 409,
      body: { type: 'urn:freight:problem:quote-not-orderable' },
    });
    const locked = await desk.api('agent', 'PATCH', `/orders/${order.body.orderId}`, {
      body: { cargo: { pieces: 20 } },
    });
    expect(locked).toMatchObject({
      status: 409,
      body: { type: 'urn:freight:problem:price-locked' },
    });
    const withCargo = await desk.api('agent', 'POST', '/orders', {
      body: {
        customerId,
        quoteId: quoted.quote.quoteId,
        cargo: CARGO,
        consignee: WUHAN_CONSIGNEE,
        pickupWindow: WINDOW,
      },
    });
    expect(withCargo.body.errors).toEqual([
      { field: 'quoteId', message: expect.stringMatching(/locked|fixes/) },
    ]);
  });

  it('R4: a direct order is priced from the table; acknowledged; amended after that it needs a new acknowledgement; all in its history', async () => {
    const order = await placed();
    expect(order.price.total.amountMinor).toBeGreaterThan(0);
    expect(
      (await desk.api('agent', 'POST', `/orders/${order.orderId}/acknowledge`, { body: {} }))
        .status,
    ).toBe(403);
    const acknowledged = await desk.api(
      'documents-clerk',
      'POST',
      `/orders/${order.orderId}/acknowledge`,
      { body: { note: 'papers ok' } },
    );
    expect(acknowledged.body).toMatchObject({
      status: 'acknowledged',
      acknowledgement: { dueDeadlineId: null, by: { username: 'documents-clerk' } },
    });
    const amended = await desk.api('agent', 'PATCH', `/orders/${order.orderId}`, {
      body: { cargo: { pieces: 5, weightKg: 1_200 } },
    });
    expect(amended.body).toMatchObject({
      status: 'amended',
      cargo: { pieces: 5, weightKg: 1_200 },
      acknowledgement: { dueDeadlineId: `order:${order.orderId}:ack:2` },
    });
    expect(amended.body.price.total.amountMinor).not.toBe(order.price.total.amountMinor);
    const [event] = (await publishedEvents(desk, 'order.amended')).filter(
      (e) => e.data.orderId === order.orderId,
    );
    expect(event.data.changes).toEqual(
      expect.arrayContaining([
        { field: 'cargo.pieces', from: 3, to: 5 },
        { field: 'cargo.weightKg', from: 860, to: 1_200 },
        {
          field: 'total',
          from: order.price.total.amountMinor,
          to: amended.body.price.total.amountMinor,
        },
      ]),
    );
    await desk.api('documents-clerk', 'POST', `/orders/${order.orderId}/acknowledge`, { body: {} });
    const history = await desk.api('agent', 'GET', `/orders/${order.orderId}/history`);
    expect(
      history.body.items.map((h: { field: string; by: { username: string } }) => [
        h.field,
        h.by.username,
      ]),
    ).toEqual([
      ['status', 'documents-clerk'],
      ['acknowledgement.note', 'documents-clerk'],
      ['cargo.pieces', 'agent'],
      ['cargo.weightKg', 'agent'],
      ['total', 'agent'],
      ['status', 'documents-clerk'],
    ]);
    const twice = await desk.api(
      'documents-clerk',
      'POST',
      `/orders/${order.orderId}/acknowledge`,
      { body: {} },
    );
    expect(twice).toMatchObject({
      status: 409,
      body: { type: 'urn:freight:problem:nothing-to-acknowledge' },
    });
    await waitFor(
      async () =>
        (await deadlinesOf(desk, 'order', order.orderId)).filter((d) => d.state === 'completed')
          .length === 2,
      {
        description: 'both acknowledgement clocks stopped',
        timeoutMs: 60_000,
      },
    );
  });

  it('R4: amended or cancelled until dispatched — after it, 409 with the reason', async () => {
    const cancelled = await placed();
    const answer = await desk.api('agent', 'POST', `/orders/${cancelled.orderId}/cancel`, {
      body: { reason: 'customer postponed' },
    });
    expect(answer.body).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: 'customer postponed', by: { username: 'agent' } },
    });
    expect((await publishedEvents(desk, 'order.cancelled')).map((e) => e.data.orderId)).toContain(
      cancelled.orderId,
    );
    await waitFor(
      async () => (await deadlinesOf(desk, 'order', cancelled.orderId))[0]?.state === 'cancelled',
      {
        description: 'the acknowledgement clock withdrawn',
        timeoutMs: 60_000,
      },
    );

    const shipped = await placed();
    await desk.api('documents-clerk', 'POST', `/orders/${shipped.orderId}/acknowledge`, {
      body: {},
    });
    await trackingStep(desk, shipped, 'picked-up');
    await waitFor(
      async () =>
        (await desk.api('agent', 'GET', `/orders/${shipped.orderId}`)).body.status === 'dispatched',
      {
        description: 'dispatched, as tracking reported',
        timeoutMs: 60_000,
      },
    );
    const late = await desk.api('agent', 'PATCH', `/orders/${shipped.orderId}`, {
      body: { cautions: 'fragile' },
    });
    expect(late).toMatchObject({
      status: 409,
      body: {
        type: 'urn:freight:problem:order-dispatched',
        detail: expect.stringMatching(/until dispatched/),
      },
    });
    expect(
      (
        await desk.api('agent', 'POST', `/orders/${shipped.orderId}/cancel`, {
          body: { reason: 'too late' },
        })
      ).status,
    ).toBe(409);
  });

  it('R5: waybill numbers carry the branch prefix and a check digit; a mistyped one is refused where accepted', async () => {
    const order = await placed();
    const digits = order.waybillNo.slice(2);
    const mistyped = `SH${digits.slice(0, 9)}${(Number(digits[9]) + 1) % 10}`;
    const refused = await desk.api('agent', 'GET', `/orders?waybillNo=${mistyped}`);
    expect(refused).toMatchObject({
      status: 400,
      body: { errors: [{ field: 'waybillNo', message: expect.stringMatching(/check digit/) }] },
    });
    const found = await desk.api('agent', 'GET', `/orders?waybillNo=${order.waybillNo}`);
    expect(found.body.items.map((o: { orderId: string }) => o.orderId)).toEqual([order.orderId]);
    const next = await placed();
    expect(Number(next.waybillNo.slice(2, 11))).toBe(Number(order.waybillNo.slice(2, 11)) + 1);
  });

  it('R5: the labels PDF has one page per piece with the Chinese consignee, n/N, Code 128 and QR', async () => {
    const order = await placed();
    expect(
      (await desk.gateway.http('GET', `/api/v1/orders/${order.orderId}/labels.pdf`)).status,
    ).toBe(401);
    const pdf = await fetch(`${desk.gateway.url}/api/v1/orders/${order.orderId}/labels.pdf`, {
      headers: { authorization: `Bearer ${await desk.token('agent')}` },
    });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'labels-')), 'labels.pdf');
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+3\b/);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(
      /Page size:\s+283\.\d+ x 425\.\d+ pts/,
    );
    const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split(
      '\f',
    );
    expect(pages[0].replace(/\s+/g, '')).toContain('武汉光谷光电有限公司');
    expect(pages[0]).toContain('1/3');
    expect(pages[2]).toContain('3/3');
    expect(pages[0]).toContain(order.waybillNo);
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .slice(2)
      .filter((line) => line.trim().split(/\s+/)[2] === 'image'); // not their alpha masks
    expect(images.length).toBe(6); // a Code 128 and a QR on each of the 3 pages
  });

  it('R6: found by waybill, customer, date range, lane and status, newest first in keyset pages', async () => {
    const { body: own } = await desk.api('agent', 'POST', '/customers', { body: customerBody() });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      desk.clock.advance(60_000);
      ids.push((await placed({ customerId: own.customerId })).orderId);
    }
    const first = await desk.api('agent', 'GET', `/orders?customerId=${own.customerId}&limit=2`);
    expect(first.body.items.map((o: { orderId: string }) => o.orderId)).toEqual([ids[2], ids[1]]);
    const second = await desk.api(
      'agent',
      'GET',
      `/orders?customerId=${own.customerId}&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body).toMatchObject({ items: [{ orderId: ids[0] }], nextCursor: null });
    const from = new Date(desk.clock.now().getTime() - 90_000).toISOString();
    const range = await desk.api(
      'agent',
      'GET',
      `/orders?customerId=${own.customerId}&from=${from}&origin=SH&destination=WH&status=placed`,
    );
    expect(range.body.items.map((o: { orderId: string }) => o.orderId)).toEqual([ids[2], ids[1]]);
    expect(range.body.items[0]).toMatchObject({
      lane: { origin: 'SH', destination: 'WH' },
      pieces: 3,
      consignee: WUHAN_CONSIGNEE.name,
    });
    const otherLane = await desk.api(
      'agent',
      'GET',
      `/orders?customerId=${own.customerId}&destination=GZ`,
    );
    expect(otherLane.body.items).toEqual([]);
  });

  it('R8: the pickup notice says where, how many pieces, the cash and the ID; it is kept with who answered; collection needs it', async () => {
    const order = await placed({
      serviceOptions: {
        pickup: false,
        deliveryMode: 'self-pickup',
        podRequired: false,
        codAmount: 500_000,
      },
      paymentTerms: 'freight-collect',
    });
    await desk.api('documents-clerk', 'POST', `/orders/${order.orderId}/acknowledge`, { body: {} });
    const early = await desk.api('agent', 'POST', `/orders/${order.orderId}/collected`, {
      body: { collectedBy: { name: '罗斌', idLast4: '123x' } },
    });
    expect(early).toMatchObject({
      status: 409,
      body: {
        type: 'urn:freight:problem:pickup-notice-missing',
        detail: expect.stringMatching(/pickup notice/),
      },
    });
    const { body: draft } = await desk.api(
      'agent',
      'GET',
      `/orders/${order.orderId}/pickup-notices`,
    );
    const total = order.price.total.amountMinor + 500_000;
    expect(draft.items).toEqual([]);
    for (const part of [
      order.waybillNo,
      '共 3 件已到齐',
      '到付运费',
      '代收货款 ¥5,000.00',
      '有效身份证件',
      '武汉分公司自提点',
      '罗斌您好',
    ])
      expect(draft.draft).toContain(part);
    expect(draft.draft).toContain(
      `合计 ¥${(total / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
    );
    desk.clock.advance(3_600_000);
    const notice = await desk.api('agent', 'POST', `/orders/${order.orderId}/pickup-notices`, {
      body: { channel: 'phone', answeredBy: { name: '罗斌', gender: 'male' }, piecesArrived: 3 },
    });
    expect(notice.status).toBe(201);
    expect(notice.body).toMatchObject({
      channel: 'phone',
      answeredBy: { name: '罗斌', gender: 'male' },
      notifiedAt: desk.clock.now().toISOString(),
      notifiedBy: { username: 'agent' },
      cashToCollect: {
        freightCollect: order.price.total.amountMinor,
        cod: 500_000,
        total,
        currency: 'CNY',
      },
      text: draft.draft,
    });
    const collected = await desk.api('agent', 'POST', `/orders/${order.orderId}/collected`, {
      body: { collectedBy: { name: '罗斌', idLast4: '123x' } },
    });
    expect(collected.body).toMatchObject({
      status: 'collected',
      collection: { collectedBy: { name: '罗斌', idLast4: '123X' } },
    });
    const [event] = (await publishedEvents(desk, 'order.collected')).filter(
      (e) => e.data.orderId === order.orderId,
    );
    expect(event.data).toMatchObject({
      cashCollected: { amountMinor: total },
      notifiedAt: notice.body.notifiedAt,
    });
    const door = await placed({
      serviceOptions: { pickup: false, deliveryMode: 'door', podRequired: false },
    });
    await desk.api('documents-clerk', 'POST', `/orders/${door.orderId}/acknowledge`, { body: {} });
    const refused = await desk.api('agent', 'POST', `/orders/${door.orderId}/pickup-notices`, {
      body: { channel: 'sms', answeredBy: { name: '罗斌', gender: 'male' } },
    });
    expect(refused).toMatchObject({ status: 409, body: { detail: expect.stringMatching(/door/) } });
    const noGender = await desk.api('agent', 'POST', `/orders/${order.orderId}/pickup-notices`, {
      body: { channel: 'phone', answeredBy: { name: '罗斌' } },
    });
    expect(noGender.body.errors).toEqual([
      { field: 'answeredBy.gender', message: expect.any(String) },
    ]);
  });

  it('R7: the daily volume per day by branch, customer and lane, as JSON, CSV and XLSX with the Chinese intact', async () => {
    const day = '2026-03-02';
    const rows = await desk.order.dataSource.query(
      "SELECT count(*)::int AS n, sum(pieces)::int AS pieces, sum(net_minor)::int AS revenue FROM orders WHERE status <> 'cancelled'",
    );
    const byBranch = await desk.api(
      'branch-manager',
      'GET',
      `/reports/daily-volume?from=${day}&to=${day}`,
    );
    expect(byBranch.body).toMatchObject({
      groupBy: 'branch',
      items: [
        {
          date: day,
          branch: 'SH01',
          shipments: rows[0].n,
          pieces: rows[0].pieces,
          revenue: { amountMinor: rows[0].revenue },
        },
      ],
      totals: { shipments: rows[0].n },
    });
    const byCustomer = await desk.api(
      'finance',
      'GET',
      `/reports/daily-volume?from=${day}&to=${day}&groupBy=customer`,
    );
    expect(
      byCustomer.body.items.find((r: { customerId: string }) => r.customerId === customerId),
    ).toMatchObject({ company: expect.stringMatching(/验收测试客户/) });
    const byLane = await desk.api(
      'general-manager',
      'GET',
      `/reports/daily-volume?from=${day}&to=${day}&groupBy=lane`,
    );
    expect(byLane.body.items.map((r: { lane: string }) => r.lane)).toEqual(['SH→WH']);
    expect(
      (await desk.api('agent', 'GET', `/reports/daily-volume?from=${day}&to=${day}`)).status,
    ).toBe(403);

    const token = await desk.token('branch-manager');
    const csv = await fetch(
      `${desk.gateway.url}/api/v1/reports/daily-volume.csv?from=${day}&to=${day}&groupBy=customer`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const text = Buffer.from(await csv.arrayBuffer());
    expect([...text.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.toString('utf8')).toContain('日期 date,网点 branch,客户编号 customer,客户 company');
    const xlsx = await fetch(
      `${desk.gateway.url}/api/v1/reports/daily-volume.xlsx?from=${day}&to=${day}&groupBy=customer`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(4).value).toBe('客户 company');
    const companies = sheet.getColumn(4).values.slice(2);
    expect(companies.some((v) => String(v).includes('验收测试客户'))).toBe(true);
    const bad = await desk.api(
      'branch-manager',
      'GET',
      `/reports/daily-volume?from=${day}&to=2026-02-01`,
    );
    expect(bad.body.errors).toEqual([{ field: 'to', message: 'must not be before from' }]);
  });

  it('R41: another branch’s orders are answered 404; lists hold only yours', async () => {
    const order = await placed();
    expect((await desk.api('gz-agent', 'GET', `/orders/${order.orderId}`)).status).toBe(404);
    expect((await desk.api('gz-agent', 'GET', `/orders/${order.orderId}/labels.pdf`)).status).toBe(
      404,
    );
    expect(
      (
        await desk.api('gz-agent', 'POST', `/orders/${order.orderId}/cancel`, {
          body: { reason: 'x' },
        })
      ).status,
    ).toBe(404);
    expect((await desk.api('gz-agent', 'GET', '/orders')).body.items).toEqual([]);
    const unknown = await desk.api('gz-agent', 'POST', '/orders', {
      body: { customerId, consignee: WUHAN_CONSIGNEE, cargo: CARGO, pickupWindow: WINDOW },
    });
    expect(unknown).toMatchObject({ status: 422, body: { errors: [{ field: 'customerId' }] } });
    expect((await desk.api('hq-service', 'GET', `/orders/${order.orderId}`)).status).toBe(200);
  });

  it('R4: the documents desk acknowledges within 30 minutes of business hours, or it escalates to them', async () => {
    const clerk = await desk.live('documents-clerk');
    const order = await placed();
    await waitFor(async () => (await deadlinesOf(desk, 'order', order.orderId))[0], {
      description: 'the clock armed',
      timeoutMs: 60_000,
    });
    desk.clock.advance(31 * 60_000);
    const escalation = await clerk.waitForEvent(
      (p) => p.data?.subject?.id === order.orderId,
      'the clerks told',
      60_000,
    );
    expect(escalation).toMatchObject({
      kind: 'escalation',
      role: 'documents-clerk',
      data: { rule: 'R4', level: 1 },
    });
    const recorded = await waitFor(
      async () => {
        const { body } = await desk.api('agent', 'GET', `/orders/${order.orderId}`);
        return body.escalations.length > 0 && body;
      },
      { description: 'the escalation on the order', timeoutMs: 60_000 },
    );
    expect(recorded.escalations).toEqual([
      expect.objectContaining({ level: 1, role: 'documents-clerk' }),
    ]);
  });

  it('R4 bad input: a 400 names each field; a refused order takes no waybill number', async () => {
    const bad = await direct({
      pickupWindow: { from: WINDOW.to, to: WINDOW.from },
      paymentTerms: 'barter',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'paymentTerms',
      'pickupWindow.to',
    ]);
    const before = await placed();
    const notCovered = await direct({
      consignee: { ...WUHAN_CONSIGNEE, address: { province: '四川省', city: '成都市' } },
    });
    expect(notCovered).toMatchObject({
      status: 409,
      body: { type: 'urn:freight:problem:needs-analysis' },
    });
    const dg = await direct({ cargo: { ...CARGO, dangerousGoodsClass: '8' } });
    expect(dg).toMatchObject({ status: 409, body: { type: 'urn:freight:problem:msds-missing' } });
    const after = await placed();
    expect(Number(after.waybillNo.slice(2, 11))).toBe(Number(before.waybillNo.slice(2, 11)) + 1);
  });
});
