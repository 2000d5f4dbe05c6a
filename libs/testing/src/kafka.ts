import { randomBytes } from 'node:crypto';

/** The brokers the integration tests' global setup started or found (env KAFKA_BROKERS). */
export function testKafkaBrokers(): string[] {
  const value = process.env.KAFKA_BROKERS;
  if (!value) {
    throw new Error(
      'KAFKA_BROKERS is not set: run this suite in the "integration" Jest project, whose global setup provides Kafka',
    );
  }
  return value
    .split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
}

/** Time-ordered and random, so names from parallel workers and earlier runs never collide. */
function uniqueSuffix(): string {
  return `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/** A topic name no other test uses, e.g. `order.events.m1x2y3-9f8e7d6c`. */
export function uniqueTopic(prefix = 'test'): string {
  return `${prefix}.${uniqueSuffix()}`;
}

/** A consumer group id no other test uses. */
export function uniqueGroup(prefix = 'test'): string {
  return `${prefix}.${uniqueSuffix()}`;
}

/**
 * A Kafka namespace no other test uses (KAFKA_NAMESPACE): the services a test starts with it
 * read and write only their own topics and groups (`t-m1x2y3-9f8e.order.events`).
 */
export function testNamespace(): string {
  return `t-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}
