import {
  afterFailure,
  renderMail,
  renderSms,
  retryDelayMs,
  StatusChange,
  worthTelling,
} from './notification.rules';

const change = (over: Partial<StatusChange> = {}): StatusChange => ({
  changeId: 'e1',
  waybillNo: 'SH0000000422',
  status: 'delivered',
  occurredAt: '2025-03-14T07:12:00.000Z',
  place: { name: 'Wuhan branch' },
  promisedDeliveryAt: '2025-03-15T10:00:00.000Z',
  ...over,
});

describe('R11 customers told of status changes', () => {
  it('R11: the mail says what happened, where and when in Beijing time, in Chinese and English', () => {
    const mail = renderMail('久久大经纬物流', '华阳精细化工', change());
    expect(mail.subject).toBe(
      '【久久大经纬物流】运单 SH0000000422 已签收 / Waybill SH0000000422 delivered',
    );
    expect(mail.text).toContain('尊敬的华阳精细化工：');
    expect(mail.text).toContain('时间：2025-03-14 15:12（北京时间）  地点：Wuhan branch');
    expect(mail.text).toContain('your shipment SH0000000422 is delivered');
    expect(mail.text).not.toContain('承诺送达');
  });

  it('R11: an exception says what went wrong; an open shipment its promised time', () => {
    const mail = renderMail(
      'X',
      null,
      change({ status: 'exception', exception: { kind: 'damage', note: '2 cartons crushed' } }),
    );
    expect(mail.text).toContain('异常：破损 damage，2 cartons crushed');
    expect(mail.text).toContain('承诺送达：2025-03-15 18:00');
    expect(mail.html).toContain('<br>');
  });

  it('R11: the SMS is one short line for the provider', () => {
    const sms = renderSms('久久大经纬物流', change({ status: 'out-for-delivery' }));
    expect(sms).toBe('【久久大经纬物流】运单SH0000000422派送中，03-14 15:12 Wuhan branch。');
    expect(sms.length).toBeLessThanOrEqual(70);
  });

  it('R11: a burst of one shipment’s changes is one message, but never drops an exception or a delivery', () => {
    const burst = [
      change({ changeId: 'a', status: 'picked-up', occurredAt: '2025-03-12T01:00:00.000Z' }),
      change({ changeId: 'b', status: 'exception', occurredAt: '2025-03-12T02:00:00.000Z' }),
      change({ changeId: 'c', status: 'departed', occurredAt: '2025-03-12T03:00:00.000Z' }),
      change({ changeId: 'd', waybillNo: 'SH0000000018', status: 'picked-up' }),
    ];
    expect(worthTelling(burst).map((c) => c.changeId)).toEqual(['b', 'c', 'd']);
  });

  it('R11: failures retry with doubling backoff, then give up', () => {
    expect([1, 2, 3].map((n) => retryDelayMs(n, 30_000))).toEqual([30_000, 60_000, 120_000]);
    expect(retryDelayMs(20, 30_000)).toBe(3_600_000);
    const now = new Date('2025-03-14T00:00:00Z');
    expect(afterFailure(1, 8, 30_000, now)).toEqual({
      state: 'pending',
      retryAt: new Date('2025-03-14T00:00:30Z'),
    });
    expect(afterFailure(8, 8, 30_000, now)).toEqual({ state: 'failed' });
  });
});
