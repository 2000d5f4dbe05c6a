import { EventConsumer, KafkaClient, OutboxRelay } from '@freight/messaging';
import type { TransportUnderTest } from './transport.port';

/** libs/messaging's own implementation: OutboxRelay and EventConsumer over kafkajs. */
export const kafkajsTransport: TransportUnderTest = {
  name: 'kafkajs',

  async startRelay({ dataSource, brokers, batchSize, afterSend }) {
    const kafka = new KafkaClient({ brokers, clientId: 'conformance-relay' });
    const relay = new OutboxRelay({
      dataSource,
      kafka,
      batchSize,
      afterSend,
      pollIntervalMs: 500,
      maxRetryDelayMs: 2000,
    });
    await relay.start();
    return { stop: () => relay.stop() };
  },

  async startConsumer({
    dataSource,
    brokers,
    group,
    topic,
    registry,
    mode,
    handle,
    retry,
    batchSize,
    sessionTimeoutMs,
  }) {
    const kafka = new KafkaClient({ brokers, clientId: 'conformance-consumer' });
    const route = { topic, type: 'conformance.parcel.scanned' };
    const consumer = new EventConsumer({
      kafka,
      group,
      dataSource,
      registry,
      retry,
      batchSize,
      sessionTimeoutMs,
      ...(mode === 'batch'
        ? {
            batchRoutes: [
              { ...route, handleBatch: (events, { manager }) => handle(events, manager) },
            ],
          }
        : { routes: [{ ...route, handle: (event, { manager }) => handle([event], manager) }] }),
    });
    await consumer.start();
    return {
      async stop() {
        await consumer.stop();
        await kafka.disconnect();
      },
    };
  },
};

/** Every implementation the suite runs against; a new transport adds itself here. */
export const transports: TransportUnderTest[] = [kafkajsTransport];

export function transportNamed(name: string): TransportUnderTest {
  const transport = transports.find((t) => t.name === name);
  if (!transport) throw new Error(`no transport named ${name}`);
  return transport;
}
