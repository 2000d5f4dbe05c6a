import { serviceEventsTopic } from '@freight/contracts';
import { waitFor } from '@freight/testing';
import { customerRegistered, newWaybillNo } from './support/fixtures';
import { startTracking, TrackingApp } from './support/tracking-app';

describe('R11 customers are told of status changes', () => {
  let app: TrackingApp;
  beforeAll(async () => {
    app = await startTracking({
      env: { NOTIFY_RETRY_BASE_MS: '30000', PUBLIC_LOOKUP_MAX_FAILURES: '3' },
    });
  });
  afterAll(() => app?.stop());

  let customers = 0;
  /** a customer of its own (no other test's mail), registered with the order service */
  const newCustomer = async (email: string | undefined, publish = true) => {
    const customerId = `CUST-T-${++customers}-${Date.now().toString(36)}`;
    const registered = customerRegistered({
      customerId,
      company: `测试客户 ${customers}`,
      email,
      contacts: [{ name: '王芳', phone: '13800138000' }],
    });
    if (publish) await app.publish(serviceEventsTopic('order'), [registered]);
    return { customerId, company: `测试客户 ${customers}`, registered };
  };
  const mailsTo = (address: string, count = 1) =>
    waitFor(
      () => {
        const mails = app.smtp.mails.filter((m) => m.to.includes(address));
        return mails.length >= count && mails;
      },
      { description: `${count} mail(s) to ${address}` },
    );
  const notifications = async (waybillNo: string) =>
    (await app.get(`/shipments/${waybillNo}/notifications`)).body.items;

  it('R11: a status change is mailed to the address on the customer’s file, in Chinese and English', async () => {
    const { customerId, company } = await newCustomer('notices-1@customer.example');
    const { waybillNo } = await app.placeOrder({ customer: { customerId, company } });
    await app.dispatch(app.step(waybillNo, 'out-for-delivery', '2025-01-06T07:30:00Z'));
    const [mail] = await mailsTo('notices-1@customer.example');
    expect(mail.subject).toBe(
      `【久久大经纬物流】运单 ${waybillNo} 派送中 / Waybill ${waybillNo} out for delivery`,
    );
    expect(mail.text).toContain(`尊敬的${company}：`);
    expect(mail.text).toContain('时间：2025-01-06 15:30（北京时间）  地点：Wuhan branch');
    expect(mail.from).toContain('tracking@jiujiu-freight.example');
    const [sent] = await waitFor(async () => {
      const items = await notifications(waybillNo);
      return items[0]?.state === 'sent' && items;
    });
    expect(sent).toMatchObject({
      channel: 'email',
      recipient: 'notices-1@customer.example',
      attempts: 1,
    });
  });

  it('R11: the customer chooses the changes and the channels: an SMS to their mobile, nothing for the rest', async () => {
    const { customerId, company } = await newCustomer('notices-2@customer.example');
    await waitFor(
      async () => (await app.get(`/customers/${customerId}/tracking-preferences`)).status === 200,
    );
    const set = await app.put(`/customers/${customerId}/tracking-preferences`, {
      notifications: {
        statuses: ['delivered'],
        emailTo: 'boss@customer.example',
        smsTo: '13912345678',
      },
      podReturn: { mode: 'return' },
    });
    expect(set.status).toBe(200);
    expect(set.body.notifications).toEqual({
      statuses: ['delivered'],
      emailTo: 'boss@customer.example',
      smsTo: '13912345678',
      isDefault: false,
    });
    const { waybillNo } = await app.placeOrder({ customer: { customerId, company } });
    await app.dispatch(app.step(waybillNo, 'picked-up', '2025-01-06T01:00:00Z'));
    await waitFor(
      async () => (await app.get(`/shipments/${waybillNo}`)).body.status === 'picked-up',
    );
    await app.dispatch(app.step(waybillNo, 'delivered', '2025-01-06T07:40:00Z'));
    const [mail] = await mailsTo('boss@customer.example');
    expect(mail.subject).toContain('已签收');
    const items = await waitFor(async () => {
      const all = await notifications(waybillNo);
      return all.length === 2 && all.every((n: { state: string }) => n.state === 'sent') && all;
    });
    expect(items.map((n: { channel: string; status: string }) => [n.channel, n.status])).toEqual([
      ['email', 'delivered'],
      ['sms', 'delivered'],
    ]);
    expect(items[1]).toMatchObject({
      recipient: '13912345678',
      body: `【久久大经纬物流】运单${waybillNo}已签收，01-06 15:40 Jianghan delivery stop 1。`,
    });
    expect(app.smtp.mails.filter((m) => m.to.includes('notices-2@customer.example'))).toEqual([]);
  });

  it('R11: a mail server that fails is retried with backoff, and tracking goes on meanwhile', async () => {
    const { customerId, company } = await newCustomer('notices-3@customer.example');
    const { waybillNo } = await app.placeOrder({ customer: { customerId, company } });
    app.smtp.failNext(1);
    await app.dispatch(app.step(waybillNo, 'picked-up', '2025-01-06T01:00:00Z'));
    await waitFor(
      async () => (await app.get(`/shipments/${waybillNo}`)).body.status === 'picked-up',
    );
    const [failed] = await waitFor(async () => {
      const items = await notifications(waybillNo);
      return items[0]?.attempts === 1 && items;
    });
    expect(failed).toMatchObject({
      state: 'pending',
      lastError: expect.stringContaining('try again later'),
    });
    // the next step is applied while the message waits for its retry
    await app.dispatch(app.step(waybillNo, 'departed', '2025-01-06T02:00:00Z'));
    await waitFor(
      async () => (await app.get(`/shipments/${waybillNo}`)).body.status === 'departed',
    );
    expect(app.smtp.mails.filter((m) => m.to.includes('notices-3@customer.example'))).toEqual([]);
    app.clock.advance(30_000);
    const [mail] = await mailsTo('notices-3@customer.example');
    expect(mail.subject).toContain('已揽收');
    await waitFor(async () => (await notifications(waybillNo))[0]?.state === 'sent');
  });

  it('R11: a customer whose file has not reached us yet is mailed once it arrives', async () => {
    const { customerId, company, registered } = await newCustomer(
      'notices-4@customer.example',
      false,
    );
    const { waybillNo } = await app.placeOrder({ customer: { customerId, company } });
    await app.dispatch(app.step(waybillNo, 'picked-up', '2025-01-06T01:00:00Z'));
    await waitFor(async () =>
      (await notifications(waybillNo))[0]?.lastError?.includes('no e-mail address'),
    );
    await app.publish(serviceEventsTopic('order'), [registered]);
    await waitFor(
      async () => (await app.get(`/customers/${customerId}/tracking-preferences`)).status === 200,
    );
    app.clock.advance(60_000);
    await mailsTo('notices-4@customer.example');
  });

  it('R11: the public route shows status and timeline for the waybill and 4 phone digits — and nothing else', async () => {
    const { waybillNo } = await app.placeOrder(); // consignee phone 13900139000
    await app.dispatch(
      app.step(waybillNo, 'picked-up', '2025-01-06T01:00:00Z', {
        driver: { name: '张师傅', phone: '13900000001' },
      }),
      app.step(waybillNo, 'departed', '2025-01-06T02:00:00Z'),
    );
    const view = await waitFor(async () => {
      const answer = await app.service.http('GET', `/public/tracking/${waybillNo}?phoneLast4=9000`);
      return answer.body?.steps?.length === 2 && answer.body;
    });
    expect(view).toEqual({
      waybillNo,
      status: 'departed',
      statusText: '已发车',
      promisedDeliveryAt: '2025-03-15T10:00:00.000Z',
      steps: [
        {
          status: 'picked-up',
          statusText: '已揽收',
          occurredAt: '2025-01-06T01:00:00.000Z',
          place: 'Shanghai Hub',
        },
        {
          status: 'departed',
          statusText: '已发车',
          occurredAt: '2025-01-06T02:00:00.000Z',
          place: 'Shanghai hub',
        },
      ],
    });
    const wrong = await app.service.http('GET', `/public/tracking/${waybillNo}?phoneLast4=1234`);
    const unknown = await app.service.http(
      'GET',
      `/public/tracking/${newWaybillNo()}?phoneLast4=9000`,
    );
    expect([wrong.status, unknown.status]).toEqual([404, 404]);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    const badQuery = await app.service.http('GET', `/public/tracking/${waybillNo}?phoneLast4=12`);
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.errors).toEqual([
      { field: 'phoneLast4', message: expect.stringContaining('last 4 digits') },
    ]);
  });

  it('R11: after a few wrong guesses a waybill answers 404 for the hour, even to the right digits', async () => {
    const { waybillNo } = await app.placeOrder();
    for (const digits of ['0000', '1111', '2222'])
      expect(
        (await app.service.http('GET', `/public/tracking/${waybillNo}?phoneLast4=${digits}`))
          .status,
      ).toBe(404);
    expect(
      (await app.service.http('GET', `/public/tracking/${waybillNo}?phoneLast4=9000`)).status,
    ).toBe(404);
    app.clock.advance(3_600_001);
    expect(
      (await app.service.http('GET', `/public/tracking/${waybillNo}?phoneLast4=9000`)).status,
    ).toBe(200);
  });
});
