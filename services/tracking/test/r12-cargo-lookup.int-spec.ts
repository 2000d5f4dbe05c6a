import { newWaybillNo } from './support/fixtures';
import { startTracking, TrackingApp } from './support/tracking-app';

describe('R12 cargo lookup call', () => {
  let app: TrackingApp;
  let paint: string;
  let parts: string;
  let textiles: string;
  beforeAll(async () => {
    app = await startTracking();
    const example = await app.placeOrder(); // paint in drums, Shanghai → Wuhan, consignee …9000, 12 pieces
    paint = example.waybillNo;
    parts = (
      await app.placeOrder({
        cargo: {
          description: '机械零件 machine parts',
          pieces: 40,
          weightKg: 900,
          volumeM3: 3,
          dangerousGoodsClass: 'none',
          packaging: 'crates',
        },
        consignee: { ...example.consignee, phone: '13700003001' },
        pickupWindow: { from: '2025-03-10T01:00:00Z', to: '2025-03-10T05:00:00Z' },
      })
    ).waybillNo;
    textiles = (
      await app.placeOrder({
        branch: 'GZ01',
        waybillNo: newWaybillNo('GZ'),
        cargo: {
          description: '纺织品 textiles',
          pieces: 12,
          weightKg: 300,
          volumeM3: 4,
          dangerousGoodsClass: 'none',
          packaging: 'drums',
        },
      })
    ).waybillNo;
  });
  afterAll(() => app?.stop());

  const lookup = (query: string) => app.get(`/cargo-lookup?${query}`);

  it('R12: the shipment that fits most of what the caller said comes first, with the facts that fitted', async () => {
    const answer = await lookup(
      `branch=SH01&shipDateFrom=2025-03-12&shipDateTo=2025-03-12&destination=${encodeURIComponent('武汉')}&packaging=drum&features=paint&pieces=11`,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.items[0]).toMatchObject({
      waybillNo: paint,
      branch: 'SH01',
      matched: ['ship-date', 'destination', 'packaging', 'features', 'pieces'],
      shipment: { cargo: { packaging: 'drums' }, consignee: { city: '武汉市' } },
    });
    const waybills = answer.body.items.map((c: { waybillNo: string }) => c.waybillNo);
    expect(waybills).not.toContain(textiles); // GZ01's, outside the branch asked for
    expect(answer.body.items.map((c: { score: number }) => c.score)).toEqual(
      [...answer.body.items.map((c: { score: number }) => c.score)].sort(
        (a: number, b: number) => b - a,
      ),
    );
  });

  it('R12: part of the waybill number or the last digits of the consignee phone are enough', async () => {
    const byWaybill = await lookup(`waybillNo=${parts.slice(-6)}`);
    expect(byWaybill.body.items[0]).toMatchObject({ waybillNo: parts, matched: ['waybill'] });
    const byPhone = await lookup('consigneePhone=3001&branch=SH01');
    expect(byPhone.body.items.map((c: { waybillNo: string }) => c.waybillNo)).toEqual([parts]);
  });

  it('R12: HQ looks across branches; the agent must give at least one fact', async () => {
    const all = await lookup('packaging=drums&limit=50');
    const found = all.body.items.map((c: { waybillNo: string }) => c.waybillNo);
    expect(found).toEqual(expect.arrayContaining([paint, textiles]));
    expect((await lookup('features=%2C%2C')).body).toEqual({ items: [] });
    const nothing = await lookup('branch=SH01');
    expect([nothing.status, nothing.body.errors[0]]).toEqual([
      400,
      { field: 'waybillNo', message: 'give at least one fact the caller knows' },
    ]);
  });
});
