import { eventEnvelopeSchema, parseEnvelope } from './envelope.schema';

const valid = {
  specversion: '1.0',
  id: '7d0e4f5a-2b1c-4c8e-9a55-0d2f6a1b3c4d',
  source: '/freight/billing',
  type: 'billing.invoice.issued',
  time: '2025-04-03T02:15:00Z',
  subject: 'INV-SH-2025-03-0007',
  datacontenttype: 'application/json',
  dataversion: '1',
  correlationid: 'c-1',
  causationid: 'e-0',
  branch: 'SH01',
  data: { any: 'thing' },
};

const absent = Symbol('absent');
const commonBad = [absent, '', null, 1, ['x'], { x: 1 }];

/** Values to try in each field of the envelope: valid ones, and ones the schema refuses. */
const variants: Record<keyof typeof eventEnvelopeSchema.shape, unknown[]> = {
  specversion: [...commonBad, '0.3', '1', '1.0 '],
  id: [...commonBad, 'x', ' '],
  source: [...commonBad, '/freight/order', 'urn:x'],
  type: [...commonBad, 'a.b.c', 'order.order-line.created', 'Order.x.y', 'a.b', 'a..b.c', 'a.b.c.'],
  time: [
    ...commonBad,
    '2025-04-03T02:15:00+08:00',
    '2025-04-03T02:15:00.123Z',
    '2024-02-29T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '2025-04-31T00:00:00Z',
    '2025-04-03 02:15:00Z',
    '2025-04-03T02:15:00',
    '2025-04-03T24:00:00Z',
  ],
  subject: [...commonBad, 'x'],
  datacontenttype: [...commonBad, 'application/xml', 'application/json; charset=utf-8'],
  dataversion: [...commonBad, '2', '10', '0', '01', 'v1', '1.0'],
  correlationid: [...commonBad, 'x'],
  causationid: [...commonBad, 'x'],
  branch: [...commonBad, 'GZ01'],
  data: [absent, null, 1, 'x', [], {}],
};

function withField(field: string, value: unknown): Record<string, unknown> {
  const envelope: Record<string, unknown> = { ...valid };
  if (value === absent) delete envelope[field];
  else envelope[field] = value;
  return envelope;
}

describe('parseEnvelope (the consumers’ fast envelope check)', () => {
  it('tries every field of the envelope schema (a new field needs its check and its variants)', () => {
    expect(Object.keys(variants).sort()).toEqual(Object.keys(eventEnvelopeSchema.shape).sort());
  });

  it.each(Object.entries(variants).flatMap(([field, values]) => values.map((v) => [field, v])))(
    'gives the schema’s verdict with %s = %p',
    (field, value) => {
      const envelope = withField(field as string, value);
      const fast = parseEnvelope(envelope);
      const schema = eventEnvelopeSchema.safeParse(envelope);
      expect(fast.success).toBe(schema.success);
      if (!fast.success && !schema.success) expect(fast.error.issues).toEqual(schema.error.issues);
    },
  );

  it('returns a valid envelope itself, with unknown extensions kept, not a copy', () => {
    const envelope = { ...valid, partnerext: 'x' };
    const result = parseEnvelope(envelope);
    expect(result.success && result.data).toBe(envelope);
  });

  it('refuses what is not an object, as the schema does', () => {
    for (const value of [null, undefined, 'x', 1, [valid]]) {
      expect(parseEnvelope(value).success).toBe(false);
      expect(eventEnvelopeSchema.safeParse(value).success).toBe(false);
    }
  });
});

describe('the CloudEvents envelope', () => {
  it('accepts the platform extensions and unknown ones', () => {
    expect(
      eventEnvelopeSchema.safeParse({
        ...valid,
        branch: 'SH',
        correlationid: 'c-1',
        partnerext: 'x',
      }).success,
    ).toBe(true);
  });

  it('rejects an envelope without an id or with another spec version', () => {
    expect(eventEnvelopeSchema.safeParse({ ...valid, id: undefined }).success).toBe(false);
    expect(eventEnvelopeSchema.safeParse({ ...valid, specversion: '0.3' }).success).toBe(false);
  });
});
