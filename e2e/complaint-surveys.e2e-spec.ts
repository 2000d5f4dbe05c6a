import {
  orderCustomerRegisteredV1,
  orderPlacedV1,
  trackingShipmentStatusChangedV1,
} from '@freight/contracts';
import { SmtpSink, startSmtpSink, waitFor } from '@freight/testing';
import { ComplaintDesk, startComplaintDesk } from './complaint-desk.fixture';

// R23 satisfaction surveys: after a delivered order (tracking's contract example) and after a
// closed complaint; a tokenised public link, one answer 1–5, expiring — through the gateway,
// the link mailed through a real SMTP server.
const DAY = 86_400_000;
const tokenOf = (link: string) => link.split('/').pop()!;

describe('R23 satisfaction surveys through the gateway', () => {
  let desk: ComplaintDesk;
  let smtp: SmtpSink;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    desk = await startComplaintDesk({ env: { SMTP_URL: smtp.url } });
    await desk.publish(orderCustomerRegisteredV1, {
      customerId: 'CUST-SH-0001',
      contacts: [{ name: '李伟', phone: '13800001001', email: 'li.wei@huayang-chem.example' }],
      email: 'li.wei@huayang-chem.example',
    });
    await desk.publish(orderPlacedV1, {
      customer: { customerId: 'CUST-SH-0001', company: '华阳精细化工(上海)有限公司' },
    });
    await waitFor(
      async () =>
        (
          await desk.complaint.dataSource.query(
            'SELECT 1 FROM known_waybill UNION ALL SELECT 1 FROM known_customer',
          )
        ).length === 2,
      { description: 'the order service’s events reached the desk', timeoutMs: 60_000 },
    );
  }, 240_000);
  afterAll(async () => {
    await desk?.stop();
    await smtp?.stop();
  });

  const delivered = () =>
    desk.publish(trackingShipmentStatusChangedV1, {
      customerId: 'CUST-SH-0001',
      occurredAt: desk.clock.now().toISOString(),
    });

  it('R23: a delivered order brings a survey mailed to the customer; the link shows the question and takes one answer', async () => {
    smtp.failNext(1); // the mail server refuses once: the mail is retried, the survey stands
    await delivered();
    const agent = await desk.as('agent');
    const [survey] = await waitFor(
      async () => {
        const items = (await agent.get('/api/v1/surveys?aboutType=order')).body.items;
        return items.length > 0 && items;
      },
      { description: 'the survey of the delivery', timeoutMs: 60_000 },
    );
    expect(survey).toMatchObject({
      branch: 'SH01',
      about: { type: 'order', id: 'SH0000000422' },
      customerId: 'CUST-SH-0001',
      agent: 'agent',
      state: 'open',
      mailedTo: 'li.wei@huayang-chem.example',
    });
    await waitFor(
      async () =>
        (await desk.complaint.dataSource.query('SELECT attempts FROM mail_queue'))[0]?.attempts ===
        1,
      {
        description: 'the first attempt failed',
        timeoutMs: 30_000,
      },
    );
    desk.clock.advance(11_000); // the retry's backoff
    const mail = await waitFor(
      () => smtp.mails.find((m) => m.to.includes('li.wei@huayang-chem.example')),
      {
        description: 'the survey mail',
        timeoutMs: 30_000,
      },
    );
    expect(mail.subject).toContain('SH0000000422');
    const link = /https?:\/\/\S+\/surveys\/[A-Za-z0-9_-]{43}/.exec(mail.text)![0];

    const form = await desk.anonymous('GET', `/api/v1/public/surveys/${tokenOf(link)}`);
    expect(form.status).toBe(200);
    expect(form.body).toEqual({
      about: { type: 'order', id: 'SH0000000422' },
      question: expect.stringContaining('1'),
      scale: { min: 1, max: 5 },
      expiresAt: new Date(new Date(survey.createdAt).getTime() + 14 * DAY).toISOString(),
    });
    // nothing but its own form: no customer, no people, no branch
    expect(form.text).not.toMatch(/CUST-|li\.wei|agent|SH01/);
    const answered = await desk.anonymous('POST', `/api/v1/public/surveys/${tokenOf(link)}`, {
      body: { score: 5, comment: '司机很有礼貌' },
    });
    expect(answered.status).toBe(201);
    const again = await desk.anonymous('POST', `/api/v1/public/surveys/${tokenOf(link)}`, {
      body: { score: 1 },
    });
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('urn:freight:problem:survey-already-answered');
    expect((await desk.anonymous('GET', `/api/v1/public/surveys/${tokenOf(link)}`)).status).toBe(
      409,
    );
    const seen = (await agent.get(`/api/v1/surveys/${survey.id}`)).body;
    expect(seen).toMatchObject({ state: 'answered', score: 5, comment: '司机很有礼貌' });
    const [event] = await desk.complaint.dataSource.query(
      "SELECT envelope->'data' AS data FROM outbox WHERE envelope->>'type' = 'complaint.survey.answered'",
    );
    expect(event.data).toMatchObject({
      surveyId: survey.id,
      score: 5,
      about: { type: 'order', id: 'SH0000000422' },
      agent: { username: 'agent' },
    });
  });

  it('R23: a second delivered event of the same waybill does not survey the customer twice', async () => {
    await delivered();
    await desk.publish(orderPlacedV1, { waybillNo: 'SH0000000430', orderId: 'ORD-SH-2025-000043' });
    await desk.publish(trackingShipmentStatusChangedV1, {
      waybillNo: 'SH0000000430',
      orderId: 'ORD-SH-2025-000043',
    });
    const agent = await desk.as('agent');
    await waitFor(
      async () => (await agent.get('/api/v1/surveys?aboutType=order')).body.items.length === 2,
      {
        description: 'the next waybill’s survey (the marker)',
        timeoutMs: 60_000,
      },
    );
    const ofFirst = await desk.complaint.dataSource.query(
      "SELECT id FROM survey WHERE about_id = 'SH0000000422'",
    );
    expect(ofFirst).toHaveLength(1);
  });

  it('R23: after a closed complaint the agent gives the link; it expires (410), and a fresh one replaces it', async () => {
    const agent = await desk.as('agent');
    const closed = await agent.post('/api/v1/complaints', {
      caller: { name: '李伟', phone: '13800001001' },
      cause: 'billing-error',
      description: 'Charged twice',
      customerRequest: 'Refund',
      solvedOnCall: true,
      result: 'Refunded',
    });
    const { link, surveyId } = closed.body.survey;
    expect(
      (await desk.anonymous('GET', `/api/v1/public/surveys/${tokenOf(link)}`)).body.about,
    ).toEqual({ type: 'complaint', id: closed.body.id });
    const fresh = await agent.post(`/api/v1/surveys/${surveyId}/link`);
    expect(fresh.status).toBe(200);
    expect((await desk.anonymous('GET', `/api/v1/public/surveys/${tokenOf(link)}`)).status).toBe(
      404,
    );
    expect(
      (await desk.anonymous('GET', `/api/v1/public/surveys/${tokenOf(fresh.body.link)}`)).status,
    ).toBe(200);
    desk.clock.advance(15 * DAY);
    const late = await desk.anonymous(
      'POST',
      `/api/v1/public/surveys/${tokenOf(fresh.body.link)}`,
      { body: { score: 3 } },
    );
    expect(late.status).toBe(410);
    expect(late.body.type).toBe('urn:freight:problem:survey-expired');
    expect(
      (await desk.anonymous('GET', `/api/v1/public/surveys/${tokenOf(fresh.body.link)}`)).status,
    ).toBe(410);
    expect((await agent.post(`/api/v1/surveys/${surveyId}/link`)).status).toBe(410);
    expect((await agent.get(`/api/v1/surveys/${surveyId}`)).body.state).toBe('expired');
  });

  it('R23: a bad answer names its field; a malformed or unknown link opens nothing', async () => {
    const token = 'A'.repeat(43);
    const bad = await desk.anonymous('POST', `/api/v1/public/surveys/${token}`, {
      body: { score: 6 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'score' })]);
    expect(
      (await desk.anonymous('POST', `/api/v1/public/surveys/${token}`, { body: { score: 4 } }))
        .status,
    ).toBe(404);
    const malformed = await desk.anonymous('GET', '/api/v1/public/surveys/not-a-token');
    expect(malformed.status).toBe(400);
  });
});
