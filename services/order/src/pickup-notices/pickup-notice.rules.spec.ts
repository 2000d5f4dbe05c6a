import { placeOrder } from '../orders/order.rules';
import { acknowledgeOrder } from '../orders/order.rules';
import { NO_SERVICES } from '../rates/rate-table.fixture';
import { cashToCollect, collect, noticeText, recordNotice } from './pickup-notice.rules';
import { DEMO_PICKUP_POINTS } from './pickup-points';

const agent = { userId: 'u-1', username: 'agent' };
const now = new Date('2026-03-04T02:00:00Z');
const settings = {
  company: '大经纬物流',
  servicePhone: '400-820-0000',
  point: DEMO_PICKUP_POINTS.WH,
};

function order(
  overrides: {
    codAmount?: number;
    paymentTerms?: 'freight-collect' | 'monthly';
    deliveryMode?: 'door' | 'self-pickup';
  } = {},
) {
  const { order: placed } = placeOrder(
    {
      branch: 'SH01',
      customer: { customerId: 'CUST-SH-0001', company: '华阳' },
      shipper: {
        name: '华阳',
        phone: '13800001001',
        address: { province: '上海市', city: '上海市' },
      },
      consignee: {
        name: '武汉光谷光电有限公司',
        contact: '罗斌',
        phone: '13700003001',
        address: { province: '湖北省', city: '武汉市' },
      },
      lane: { origin: 'SH', destination: 'WH' },
      cargo: {
        description: 'parts',
        pieces: 12,
        weightKg: 860,
        volumeM3: 2.4,
        dangerousGoodsClass: 'none',
      },
      serviceOptions: {
        ...NO_SERVICES,
        deliveryMode: overrides.deliveryMode ?? 'self-pickup',
        codAmount: overrides.codAmount,
      },
      price: {
        lines: [],
        net: { amountMinor: 200_000, currency: 'CNY' },
        tax: { amountMinor: 18_000, currency: 'CNY' },
        total: { amountMinor: 218_000, currency: 'CNY' },
      },
      paymentTerms: overrides.paymentTerms ?? 'monthly',
      pickupWindow: { from: now, to: now },
      promisedDeliveryAt: now,
    },
    'SH0000000422',
    agent,
    now,
    'PT30M',
  );
  return acknowledgeOrder(placed, agent, now).order;
}

describe('R8 pickup notice', () => {
  it('R8: the cash to bring is the freight when collected from the consignee, plus the COD', () => {
    expect(cashToCollect(order({ paymentTerms: 'freight-collect', codAmount: 500_000 }))).toEqual({
      freightCollect: 218_000,
      cod: 500_000,
      total: 718_000,
      currency: 'CNY',
    });
    expect(cashToCollect(order()).total).toBe(0);
  });

  it('R8: the text says who we are, from where, the waybill, how many pieces arrived, the cash, valid ID and where', () => {
    expect(
      noticeText(order({ paymentTerms: 'freight-collect', codAmount: 500_000 }), 10, settings),
    ).toBe(
      '【大经纬物流】罗斌您好：您有一票货物从上海市发来，运单号 SH0000000422，共 12 件，已到 10 件。' +
        '到付运费 ¥2,180.00 + 代收货款 ¥5,000.00，合计 ¥7,180.00，请备好现金。' +
        '请携带有效身份证件到武汉分公司自提点（武汉市东西湖区走马岭街 88 号，营业时间 08:30–18:00，电话 027-55500300）提货。' +
        '咨询电话 400-820-0000。',
    );
    expect(noticeText(order(), 12, settings)).toContain('共 12 件已到齐。无需付款。');
  });

  it('R8: the notice is recorded with when, who answered (name, gender), by whom, by which channel', () => {
    const at = new Date('2026-03-04T03:00:00Z');
    const { notice, order: notified } = recordNotice(
      order(),
      { channel: 'phone', answeredBy: { name: '罗斌', gender: 'male' } },
      settings,
      agent,
      at,
    );
    expect(notice).toMatchObject({
      noticeId: 'PN-SH0000000422-1',
      channel: 'phone',
      answeredBy: { name: '罗斌', gender: 'male' },
      notifiedAt: at,
      notifiedBy: agent,
      piecesArrived: 12,
    });
    expect(notified).toMatchObject({ status: 'notified', pickupNotices: 1, lastNotifiedAt: at });
  });

  it('R8: collected is refused without a recorded notice; with one, the cash collected is on the event', () => {
    expect(() => collect(order(), { name: '罗斌', idLast4: '123x' }, agent, now)).toThrow(
      /no recorded pickup notice/,
    );
    const { order: notified } = recordNotice(
      order({ codAmount: 500_000 }),
      { channel: 'sms', answeredBy: { name: '罗斌', gender: 'male' } },
      settings,
      agent,
      now,
    );
    const {
      order: collected,
      events: [event],
    } = collect(notified, { name: '罗斌', idLast4: '123x' }, agent, now);
    expect(collected.status).toBe('collected');
    expect(event.data).toMatchObject({
      collectedBy: { idLast4: '123X' },
      cashCollected: { amountMinor: 500_000 },
    });
  });

  it('R8: no notice for door delivery, before the documents desk acknowledged, or for more pieces than shipped', () => {
    const input = {
      channel: 'phone' as const,
      answeredBy: { name: '罗斌', gender: 'female' as const },
    };
    expect(() =>
      recordNotice(order({ deliveryMode: 'door' }), input, settings, agent, now),
    ).toThrow(/door/);
    expect(() =>
      recordNotice({ ...order(), status: 'placed' }, input, settings, agent, now),
    ).toThrow(/not acknowledged/);
    expect(() =>
      recordNotice(order(), { ...input, piecesArrived: 13 }, settings, agent, now),
    ).toThrow(/only 12 pieces/);
  });
});
