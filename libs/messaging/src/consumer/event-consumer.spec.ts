import type { Consumer } from 'kafkajs';
import type { KafkaClient } from '../kafka-client';
import { EventConsumer } from './event-consumer';

// kafkajs restarts a consumer by itself only after a retriable error; after an outage it may
// crash for good ("Failed to find group coordinator", restart: false). The consumer starts again.

type Handler = (event: { payload: { error: Error; restart: boolean } }) => void;

function fakeKafka() {
  const consumers: { handlers: Map<string, Handler>; running: boolean; disconnected: boolean }[] =
    [];
  const events = {
    CRASH: 'crash',
    GROUP_JOIN: 'join',
    REBALANCING: 'r',
    STOP: 's',
    DISCONNECT: 'd',
  };
  const kafka = {
    ensureTopics: jest.fn(async () => undefined),
    consumer: jest.fn(() => {
      const state = { handlers: new Map<string, Handler>(), running: false, disconnected: false };
      consumers.push(state);
      return {
        events,
        on: (name: string, handler: Handler) => state.handlers.set(name, handler),
        connect: async () => undefined,
        subscribe: async () => undefined,
        run: async () => void (state.running = true),
        disconnect: async () => void (state.disconnected = true),
      } as unknown as Consumer;
    }),
  };
  return { kafka: kafka as unknown as KafkaClient, consumers };
}

const silent = { log: jest.fn(), warn: jest.fn(), error: jest.fn() };
const crash = (handlers: Map<string, Handler>, restart: boolean) =>
  handlers.get('crash')!({
    payload: { error: new Error('Failed to find group coordinator'), restart },
  });

describe('a consumer that kafkajs gives up on', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('starts again by itself, backing off while it keeps failing, and not once stopped', async () => {
    const { kafka, consumers } = fakeKafka();
    const consumer = new EventConsumer({ kafka, group: 'g', logger: silent });
    await consumer.start();
    expect(consumers).toHaveLength(1);

    crash(consumers[0].handlers, false);
    await jest.advanceTimersByTimeAsync(999);
    expect(consumers).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(consumers).toHaveLength(2);
    expect(consumers[0].disconnected).toBe(true);
    expect(consumers[1].running).toBe(true);

    crash(consumers[1].handlers, false); // again, before it ever joined: waits twice as long
    await jest.advanceTimersByTimeAsync(1_999);
    expect(consumers).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(1);
    expect(consumers).toHaveLength(3);

    crash(consumers[2].handlers, true); // kafkajs restarts this one itself
    crash(consumers[2].handlers, false);
    await consumer.stop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(consumers).toHaveLength(3);
  });
});
