import { bootGateway, closeGateways, Gateway, signIn } from './gateway.fixture';
import { DownstreamStubs, startDownstreamStubs } from './stubs';

// The composed waybill view (src/views, issue 22 item 6) against the services' stand-ins: one
// call for the agent on the phone; a service that does not answer leaves its part out.

describe('GET /api/v1/waybills/{no}: one waybill from four services', () => {
  let stubs: DownstreamStubs;
  let gateway: Gateway;
  let degraded: Gateway;
  const tokens: Record<string, string> = {};
  let degradedAgent: string;

  beforeAll(async () => {
    stubs = await startDownstreamStubs();
    gateway = await bootGateway(stubs.env);
    // billing unreachable (nothing listens there); the others as usual
    degraded = await bootGateway({ ...stubs.env, BILLING_URL: 'http://127.0.0.1:9' });
    for (const role of ['agent', 'general-manager'])
      tokens[role] = (await signIn(gateway, role)).accessToken;
    // each gateway has its own user store: a token names a user of the gateway that issued it
    degradedAgent = (await signIn(degraded, 'agent')).accessToken;
  });
  afterAll(async () => {
    await closeGateways();
    await stubs?.stop();
  });

  const view = (target: Gateway, no: string, role = 'agent') =>
    target.call('GET', `/api/v1/waybills/${no}`, { token: tokens[role] });

  it('R11–R14: the order, the timeline, exceptions, POD custody, complaints and charges in one answer', async () => {
    const answer = await view(gateway, 'SH0000000422');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      waybillNo: 'SH0000000422',
      branch: 'SH01',
      parts: {
        order: { available: true, data: { orderId: 'ORD-SH0000000422', status: 'acknowledged' } },
        tracking: {
          available: true,
          data: {
            shipment: { status: 'arrived-at-hub' },
            timeline: [{ status: 'arrived-at-hub' }],
            pod: null,
          },
        },
        complaints: { available: true, data: { items: [{ cause: 'late-delivery' }] } },
        charges: {
          available: true,
          data: { items: [{ waybillNo: 'SH0000000422', total: { currency: 'CNY' } }] },
        },
      },
    });
    // the branch user's lists were asked for their own branch only
    const asked = stubs.byEnv.COMPLAINT_URL.requests.at(-1)!;
    expect(asked.query.get('branch')).toBe('SH01');
    expect(asked.headers['x-actor-role']).toBe('agent');
  });

  it('a service that does not answer leaves its part out and says so; the view still answers', async () => {
    stubs.byEnv.COMPLAINT_URL.answerNext({ status: 500, body: { title: 'boom' } });
    const answer = await degraded.call('GET', '/api/v1/waybills/SH0000000422', {
      token: degradedAgent,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.parts.charges).toEqual({
      available: false,
      reason: 'the billing service cannot be reached; try again shortly',
    });
    expect(answer.body.parts.complaints).toEqual({
      available: false,
      reason: 'the complaint service could not answer',
    });
    expect(answer.body.parts.order.available).toBe(true);
  });

  it('R41: another branch’s waybill is answered like a missing one; HQ sees it', async () => {
    const other = await view(gateway, 'GZ0000000026');
    expect(other.status).toBe(404);
    const hq = await view(gateway, 'GZ0000000026', 'general-manager');
    expect([hq.status, hq.body.branch]).toEqual([200, 'GZ01']);
  });

  it('a waybill nobody knows is a 404; one that cannot exist is a 400 naming the field', async () => {
    stubs.byEnv.ORDER_URL.answerNext({ status: 404, body: { title: 'Not Found' } });
    stubs.byEnv.TRACKING_URL.answerNext({ status: 404, body: { title: 'Not Found' } });
    // both next answers are consumed by this call's two lookups
    expect((await view(gateway, 'SH0000000018')).status).toBe(404);
    const bad = await view(gateway, 'SH0000000423');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { field: 'no', message: expect.stringContaining('check digit') },
    ]);
  });
});
