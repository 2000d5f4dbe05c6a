import { execFileSync } from 'node:child_process';
import { serviceEventsTopic } from '@freight/contracts';
import { waitFor } from '@freight/testing';
import ExcelJS from 'exceljs';
import { customerRegistered, newWaybillNo } from './support/fixtures';
import { startTracking, TrackingApp } from './support/tracking-app';

// R14 in the tracking service alone (clock: 2025-01-06 08:00 UTC); the scheduler's escalations
// are published by the test. The whole story with the real scheduler: e2e/tracking-desk.e2e-spec.ts.

describe('R14 return receipts, trip sheets and shipping notes', () => {
  let app: TrackingApp;
  beforeAll(async () => {
    app = await startTracking({ env: { POD_CHASE_AFTER_DAYS: '5' } });
  });
  afterAll(() => app?.stop());

  const delivered = async (overrides: Parameters<TrackingApp['placeOrder']>[0] = {}) => {
    const order = await app.placeOrder(overrides);
    await app.dispatch(app.step(order.waybillNo, 'delivered', '2025-01-06T07:00:00Z'));
    await waitFor(
      async () => (await app.get(`/pods/${order.waybillNo}`, 'documents-clerk')).status === 200,
    );
    return order;
  };
  const receive = (waybillNo: string, filedAt = 'SH01 cabinet 3, 2025-01', branch = 'SH01') =>
    app.post(
      `/pods/${waybillNo}/receipt`,
      { filedAt, imageRef: `scan://${waybillNo}.jpg`, remarks: 'signed by 李强' },
      'documents-clerk',
      branch,
    );

  it('R14: a delivered shipment expects its POD, and a chase is due the configured days after delivery', async () => {
    const { waybillNo } = await delivered();
    const pod = (await app.get(`/pods/${waybillNo}`, 'documents-clerk')).body;
    expect(pod).toMatchObject({
      state: 'expected',
      deliveredAt: '2025-01-06T07:00:00.000Z',
      chaseDueAt: '2025-01-11T07:00:00.000Z',
      custody: null,
    });
    const [arm] = await app.eventually(
      'scheduler.deadline.arm',
      (d) => d.deadlineId === `pod:${waybillNo}:chase`,
    );
    expect(arm).toMatchObject({
      rule: 'R14',
      due: { kind: 'after', duration: 'P5D', startsAt: '2025-01-06T07:00:00.000Z' },
      ladder: [
        { level: 1, role: 'documents-clerk' },
        { level: 2, role: 'branch-manager' },
        { level: 3, role: 'hq-service' },
      ],
    });
    const notRequired = await app.placeOrder({ podRequired: false });
    await app.dispatch(app.step(notRequired.waybillNo, 'delivered', '2025-01-06T07:00:00Z'));
    await waitFor(
      async () =>
        (await app.get(`/shipments/${notRequired.waybillNo}`)).body.status === 'delivered',
    );
    expect((await app.get(`/pods/${notRequired.waybillNo}`)).status).toBe(404);
    expect((await receive(notRequired.waybillNo)).body.type).toBe(
      'urn:freight:problem:pod-not-required',
    );
    const onTheWay = await app.placeOrder();
    expect((await receive(onTheWay.waybillNo)).body.type).toBe('urn:freight:problem:not-delivered');
  });

  it('R14: a missing POD is chased — by a person, and by its deadline climbing — and shows on the overdue list', async () => {
    const { waybillNo } = await delivered();
    const byHand = await app.post(
      `/pods/${waybillNo}/chases`,
      { note: 'called driver 王: paper is in the truck' },
      'documents-clerk',
    );
    expect(byHand.status).toBe(201);
    await app.escalate(
      { type: 'pod', id: waybillNo, branch: 'SH01' },
      1,
      'documents-clerk',
      '2025-01-11T07:00:00Z',
    );
    const chased = await waitFor(async () => {
      const pod = (await app.get(`/pods/${waybillNo}`, 'documents-clerk')).body;
      return pod.chaseLevel === 1 && pod;
    });
    expect(chased.chases).toEqual([
      expect.objectContaining({
        by: expect.objectContaining({ username: 'documents-clerk' }),
        level: null,
      }),
      expect.objectContaining({
        by: null,
        role: 'documents-clerk',
        level: 1,
        note: 'POD still missing 5 days after delivery: documents-clerk to chase it',
      }),
    ]);
    const before = await app.get('/pods?overdue=true&branch=SH01', 'documents-clerk');
    expect(before.body.items.map((p: { waybillNo: string }) => p.waybillNo)).not.toContain(
      waybillNo,
    );
    app.clock.set('2025-01-11T08:00:00Z');
    const overdue = await app.get('/pods?overdue=true&branch=SH01', 'documents-clerk');
    expect(overdue.body.items.map((p: { waybillNo: string }) => p.waybillNo)).toContain(waybillNo);
    app.clock.set('2025-01-06T08:00:00Z');
  });

  it('R14: custody — received at which branch, when, by whom, filed where, its scan; the chase stops', async () => {
    const { waybillNo } = await delivered();
    const received = await receive(waybillNo, 'WH01 cabinet 1', 'WH01');
    expect(received.status).toBe(200);
    expect(received.body).toMatchObject({
      state: 'received',
      returnMonth: '2025-01',
      custody: {
        receivedAt: '2025-01-06T08:00:00.000Z',
        receivedAtBranch: 'WH01',
        receivedBy: { username: 'documents-clerk' },
        filedAt: 'WH01 cabinet 1',
        imageRef: `scan://${waybillNo}.jpg`,
        remarks: 'signed by 李强',
      },
    });
    const [event] = await app.eventually('tracking.pod.received', (d) => d.waybillNo === waybillNo);
    expect(event).toMatchObject({ receivedAtBranch: 'WH01', branch: 'SH01' });
    await app.eventually(
      'scheduler.deadline.cancel',
      (d) => d.deadlineId === `pod:${waybillNo}:chase`,
    );
    const [month] = await app.eventually(
      'scheduler.deadline.arm',
      (d) => d.deadlineId === 'pod-return:SH01:2025-01',
    );
    expect(month).toMatchObject({
      rule: 'R14',
      due: {
        kind: 'end-of-month',
        startsAt: '2024-12-31T16:00:00.000Z',
        calendar: { kind: 'wall-clock', timeZone: 'Asia/Shanghai' },
      },
    });
    expect((await receive(waybillNo)).body.type).toBe('urn:freight:problem:pod-not-expected');
  });

  it('R14: each month the PODs are sorted by customer and sent back by courier — or kept, for customers who asked', async () => {
    const keeper = customerRegistered({
      customerId: 'CUST-WH-KEEP',
      branch: 'WH01',
      company: '江汉保管客户',
    });
    const returner = customerRegistered({
      customerId: 'CUST-WH-BACK',
      branch: 'WH01',
      company: '武昌退回客户',
    });
    await app.publish(serviceEventsTopic('order'), [keeper, returner]);
    await waitFor(
      async () =>
        (await app.get('/customers/CUST-WH-KEEP/tracking-preferences', 'agent', 'WH01')).status ===
        200,
    );
    await app.put(
      '/customers/CUST-WH-KEEP/tracking-preferences',
      {
        notifications: { statuses: ['delivered'], emailTo: null, smsTo: null },
        podReturn: { mode: 'keep', note: 'scans are enough' },
      },
      'agent',
      'WH01',
    );
    const wh = (customerId: string, company: string) => ({
      waybillNo: newWaybillNo('WH'),
      branch: 'WH01',
      customer: { customerId, company },
    });
    const kept = await delivered(wh('CUST-WH-KEEP', '江汉保管客户'));
    const back1 = await delivered(wh('CUST-WH-BACK', '武昌退回客户'));
    const back2 = await delivered(wh('CUST-WH-BACK', '武昌退回客户'));
    for (const { waybillNo } of [kept, back1, back2])
      expect((await receive(waybillNo, 'WH01 cabinet 2', 'WH01')).status).toBe(200);

    const built = await app.post(
      '/pod-returns',
      { branch: 'WH01', month: '2025-01' },
      'documents-clerk',
      'WH01',
    );
    expect(built.status).toBe(200);
    expect(built.body.done).toBe(false);
    const byCustomer = Object.fromEntries(
      built.body.items.map((b: { customerId: string }) => [b.customerId, b]),
    );
    expect(byCustomer['CUST-WH-KEEP']).toMatchObject({
      disposition: 'keep',
      state: 'kept',
      waybillNos: [kept.waybillNo],
      filedAt: 'WH01 POD archive 2025-01',
    });
    const back = byCustomer['CUST-WH-BACK'];
    expect(back).toMatchObject({
      id: 'PRB-WH01-2025-01-CUST-WH-BACK-1',
      disposition: 'return',
      state: 'prepared',
      waybillNos: [back1.waybillNo, back2.waybillNo].sort(),
      customerCompany: '武昌退回客户',
    });
    await app.eventually('tracking.pod.kept', (d) => d.customerId === 'CUST-WH-KEEP');

    const sent = await app.post(
      `/pod-returns/${back.id}/dispatch`,
      { courier: 'SF Express', courierRef: 'SF1234567890' },
      'documents-clerk',
      'WH01',
    );
    expect(sent.body).toMatchObject({
      state: 'sent',
      courier: 'SF Express',
      courierRef: 'SF1234567890',
      sentAt: '2025-01-06T08:00:00.000Z',
    });
    expect((await app.get(`/pods/${back1.waybillNo}`)).body.state).toBe('returned');
    const [returned] = await app.eventually('tracking.pod.returned', (d) => d.batchId === back.id);
    expect(returned).toMatchObject({
      month: '2025-01',
      courierRef: 'SF1234567890',
      waybillNos: back.waybillNos,
    });
    await app.eventually(
      'scheduler.deadline.cancel',
      (d) => d.deadlineId === 'pod-return:WH01:2025-01',
    );
    const again = await app.post(
      '/pod-returns',
      { branch: 'WH01', month: '2025-01' },
      'documents-clerk',
      'WH01',
    );
    expect(again.body.done).toBe(true);
    const twice = await app.post(
      `/pod-returns/${back.id}/dispatch`,
      { courier: 'SF', courierRef: 'x' },
      'documents-clerk',
      'WH01',
    );
    expect(twice.body.type).toBe('urn:freight:problem:batch-not-prepared');

    const sheet = await app.service.http('GET', `/pod-returns/${back.id}/cover-sheet`);
    expect(sheet.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(
      await (await fetch(`${app.service.url}/pod-returns/${back.id}/cover-sheet`)).arrayBuffer(),
    );
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
    expect(text).toContain('回单退还清单');
    expect(text).toContain('武昌退回客户');
    expect(text).toContain('SF1234567890');
    for (const w of back.waybillNos) expect(text).toContain(w);
  });

  it('R14: trip sheets — each vehicle’s day, its waybills, places and drivers — and where the paper is filed', async () => {
    const a = await app.placeOrder({ branch: 'GZ01', waybillNo: newWaybillNo('GZ') });
    const b = await app.placeOrder({ branch: 'GZ01', waybillNo: newWaybillNo('GZ') });
    const truck = { plate: '粤A·T0001', driver: { name: '陈师傅' } };
    await app.dispatch(
      app.step(a.waybillNo, 'picked-up', '2025-01-07T01:00:00Z', truck),
      app.step(b.waybillNo, 'picked-up', '2025-01-07T02:00:00Z', truck),
      app.step(a.waybillNo, 'departed', '2025-01-07T15:30:00Z', truck), // 23:30 in Shanghai: same day
      app.step(b.waybillNo, 'departed', '2025-01-07T16:30:00Z', truck), // 00:30 the next day
    );
    const sheets = await waitFor(async () => {
      const answer = await app.get(
        '/trip-sheets?branch=GZ01&from=2025-01-07&to=2025-01-08&vehicle=粤A·T0001',
        'dispatcher',
        'GZ01',
      );
      // both days, and every step of the first one applied (a batch may land in two)
      return (
        answer.body.items.length === 2 && answer.body.items[0].steps === 3 && answer.body.items
      );
    });
    expect(sheets[0]).toMatchObject({
      date: '2025-01-07',
      vehicle: '粤A·T0001',
      branch: 'GZ01',
      waybillNos: [a.waybillNo, b.waybillNo].sort(),
      steps: 3,
      drivers: ['陈师傅'],
      filing: null,
    });
    expect(sheets[1]).toMatchObject({ date: '2025-01-08', waybillNos: [b.waybillNo], steps: 1 });
    const filed = await app.post(
      '/trip-sheets/filings',
      {
        branch: 'GZ01',
        vehicle: '粤A·T0001',
        date: '2025-01-07',
        location: 'GZ01 trip-sheet binder 2025-01',
      },
      'documents-clerk',
      'GZ01',
    );
    expect(filed.body.filing).toMatchObject({
      location: 'GZ01 trip-sheet binder 2025-01',
      filedBy: { username: 'documents-clerk' },
    });
    const tooLong = await app.get('/trip-sheets?from=2025-01-01&to=2025-03-01', 'dispatcher');
    expect([tooLong.status, tooLong.body.errors[0].field]).toEqual([400, 'to']);
  });

  it('R14: shipping notes in ship-date order — on screen, and as the spreadsheet for the month’s folder', async () => {
    const at = (day: string) => ({
      from: `2025-02-${day}T01:00:00Z`,
      to: `2025-02-${day}T05:00:00Z`,
    });
    const customer = { customerId: 'CUST-GZ-NOTES', company: '广州笔记客户' };
    const third = await app.placeOrder({
      branch: 'GZ01',
      waybillNo: newWaybillNo('GZ'),
      customer,
      pickupWindow: at('03'),
    });
    const first = await app.placeOrder({
      branch: 'GZ01',
      waybillNo: newWaybillNo('GZ'),
      customer,
      pickupWindow: at('01'),
    });
    const second = await app.placeOrder({
      branch: 'GZ01',
      waybillNo: newWaybillNo('GZ'),
      customer,
      pickupWindow: at('05'),
    });
    // picked up on the 2nd: its ship date is the day it left, not the planned one
    await app.dispatch(app.step(second.waybillNo, 'picked-up', '2025-02-02T02:00:00Z'));
    await waitFor(
      async () => (await app.get(`/shipments/${second.waybillNo}`)).body.status === 'picked-up',
    );
    const page = await app.get(
      '/shipping-notes?branch=GZ01&from=2025-02-01&to=2025-02-28&customerId=CUST-GZ-NOTES&limit=2',
    );
    expect(
      page.body.items.map((n: { waybillNo: string; shipDate: string }) => [
        n.waybillNo,
        n.shipDate,
      ]),
    ).toEqual([
      [first.waybillNo, '2025-02-01'],
      [second.waybillNo, '2025-02-02'],
    ]);
    const next = await app.get(
      `/shipping-notes?branch=GZ01&from=2025-02-01&to=2025-02-28&customerId=CUST-GZ-NOTES&limit=2&cursor=${page.body.nextCursor}`,
    );
    expect(next.body.items.map((n: { waybillNo: string }) => n.waybillNo)).toEqual([
      third.waybillNo,
    ]);

    const file = await fetch(
      `${app.service.url}/shipping-notes/export?branch=GZ01&from=2025-02-01&to=2025-02-28&customerId=CUST-GZ-NOTES&format=xlsx`,
    );
    expect(file.headers.get('content-disposition')).toContain(
      'shipping-notes-GZ01-2025-02-01-2025-02-28.xlsx',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await file.arrayBuffer()) as never);
    const rows = book.worksheets[0].getSheetValues().slice(1) as unknown[][];
    expect(rows[0].slice(1, 3)).toEqual(['发货日期 Ship date', '运单号 Waybill']);
    expect(rows.slice(1).map((r) => r.slice(1, 4))).toEqual([
      ['2025-02-01', first.waybillNo, '广州笔记客户'],
      ['2025-02-02', second.waybillNo, '广州笔记客户'],
      ['2025-02-03', third.waybillNo, '广州笔记客户'],
    ]);
  });
});
