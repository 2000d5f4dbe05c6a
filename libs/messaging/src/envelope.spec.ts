import { createEnvelope } from './envelope';

const event = { source: '/freight/order', type: 'order.quote.requested', subject: 'Q-1', data: {} };

describe('createEnvelope', () => {
  it('gives each event a UUIDv7 id, and ids made later sort later (inbox keys grow at one end)', () => {
    const ids = Array.from({ length: 1000 }, () => createEnvelope(event).id);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it("keeps an id the caller chose (a partner's, or a deterministic one)", () => {
    expect(createEnvelope({ ...event, id: 'dispatch-42' }).id).toBe('dispatch-42');
  });
});
