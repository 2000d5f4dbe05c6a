import { contractRegistry } from '@freight/contracts';
import type { KafkaMessage } from 'kafkajs';
import { createEnvelope } from '../envelope';
import { decodeMessage } from './event-decoding';

const message = (value: string): KafkaMessage =>
  ({
    key: Buffer.from('k'),
    value: Buffer.from(value),
    offset: '7',
    timestamp: '0',
    attributes: 0,
    headers: {},
  }) as KafkaMessage;

const recorded = contractRegistry.get('dispatch.tracking.recorded', 1).example as Record<
  string,
  unknown
>;
const envelopeOf = (data: unknown, dataversion = '1', type = 'dispatch.tracking.recorded') =>
  JSON.stringify(createEnvelope({ source: '/dispatch', type, subject: 'SH1', data, dataversion }));
const routed = (type: string) => type !== 'dispatch.tracking.ignored';

describe('decoding a consumed message against its contract', () => {
  it('yields the envelope with data as the contract parsed it', () => {
    const decoded = decodeMessage(
      message(envelopeOf({ ...recorded, extra: 'ignored' })),
      routed,
      contractRegistry,
    );
    expect(decoded.kind).toBe('event');
    expect(decoded.kind === 'event' && decoded.envelope.data).toEqual(recorded);
  });

  it.each([
    ['unparsable JSON', '{"specversion":', /^unparsable/],
    ['no envelope', JSON.stringify({ waybillNo: 'SH1' }), /^envelope/],
    [
      'data against the contract',
      envelopeOf({ ...recorded, status: 'teleported' }),
      /^data of dispatch.tracking.recorded v1/,
    ],
    [
      'an unknown version of a known type',
      envelopeOf(recorded, '9'),
      /^no contract for dispatch.tracking.recorded v9/,
    ],
  ])('calls %s invalid, with the reason', (_, value, reason) => {
    const decoded = decodeMessage(message(value), routed, contractRegistry);
    expect(decoded.kind).toBe('invalid');
    expect(decoded.kind === 'invalid' && decoded.error).toMatch(reason);
  });

  it('leaves types the consumer has no route for alone', () => {
    const decoded = decodeMessage(
      message(envelopeOf({}, '1', 'dispatch.tracking.ignored')),
      routed,
      contractRegistry,
    );
    expect(decoded.kind).toBe('not-ours');
  });

  it('delivers a routed type the registry does not know with its envelope checked only', () => {
    const decoded = decodeMessage(
      message(envelopeOf({ anything: 1 }, '1', 'tracking.shipment.delivered')),
      routed,
      contractRegistry,
    );
    expect(decoded.kind).toBe('event');
  });
});
