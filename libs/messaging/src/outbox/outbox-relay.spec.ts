import {
  KafkaJSNonRetriableError,
  KafkaJSNumberOfRetriesExceeded,
  KafkaJSProtocolError,
} from 'kafkajs';
import { producerSessionLost } from './outbox-relay';

// kafkajs builds these from the broker's error code: an Error carrying `type` and `code`.
const protocolError = (type: string) =>
  new KafkaJSProtocolError(Object.assign(new Error(type), { type, code: 0, retriable: false }));

describe('when the relay starts a new producer', () => {
  it('after the broker refuses its sequence numbers or its producer id, also when kafkajs wrapped the error', () => {
    expect(producerSessionLost(protocolError('OUT_OF_ORDER_SEQUENCE_NUMBER'))).toBe(true);
    expect(producerSessionLost(protocolError('UNKNOWN_PRODUCER_ID'))).toBe(true);
    expect(producerSessionLost(protocolError('INVALID_PRODUCER_EPOCH'))).toBe(true);
    const retried = new KafkaJSNumberOfRetriesExceeded(
      protocolError('OUT_OF_ORDER_SEQUENCE_NUMBER'),
      {
        retryCount: 5,
        retryTime: 1000,
      },
    );
    expect(producerSessionLost(retried)).toBe(true);
  });

  it('not for errors the same producer recovers from: the broker down, a leader moving', () => {
    expect(
      producerSessionLost(new KafkaJSNonRetriableError('Connection error: connect ECONNREFUSED')),
    ).toBe(false);
    expect(producerSessionLost(protocolError('NOT_LEADER_FOR_PARTITION'))).toBe(false);
    expect(producerSessionLost(new Error('anything else'))).toBe(false);
    expect(producerSessionLost(undefined)).toBe(false);
  });
});
