import { z } from 'zod';
import { ConfigError, loadConfig, parseConfig } from './config.loader';
import { httpUrl } from './env-fields';
import { platformConfigSchema } from './platform-config.schema';

const orderSchema = platformConfigSchema({ service: 'order', port: 8081 });

function configErrorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('service configuration', () => {
  it('fills every platform variable with its default', () => {
    expect(parseConfig(orderSchema, {})).toEqual({
      PORT: 8081,
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
      DATABASE_POOL_SIZE: 10,
      DATABASE_NAME: 'freight_order',
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      KAFKA_NAMESPACE: '',
      KAFKA_TOPIC_PARTITIONS: undefined,
      LOG_LEVEL: 'info',
      SHUTDOWN_TIMEOUT_MS: 10_000,
      DEMO_DATA: false,
      BODY_LIMIT_BYTES: 1_048_576,
    });
  });

  it('parses set values into their types', () => {
    const config = parseConfig(orderSchema, {
      PORT: '9001',
      KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092',
      DEMO_DATA: 'true',
      SHUTDOWN_TIMEOUT_MS: '2500',
    });
    expect(config).toMatchObject({
      PORT: 9001,
      KAFKA_BROKERS: ['kafka-1:9092', 'kafka-2:9092'],
      DEMO_DATA: true,
      SHUTDOWN_TIMEOUT_MS: 2500,
    });
  });

  it('treats an empty value as unset', () => {
    expect(parseConfig(orderSchema, { PORT: '' }).PORT).toBe(8081);
  });

  it('names a malformed variable, what it expects and what it got, in one line', () => {
    const message = configErrorOf(() => parseConfig(orderSchema, { KAFKA_BROKERS: 'x' }));
    expect(message).toBe('config error: KAFKA_BROKERS: expected host:port[,host:port…], got "x"');
  });

  it('names every bad variable at once', () => {
    const message = configErrorOf(() =>
      parseConfig(orderSchema, { PORT: 'eighty', DEMO_DATA: 'maybe' }),
    );
    expect(message).toContain('PORT: expected a TCP port 0–65535, got "eighty"');
    expect(message).toContain('DEMO_DATA: expected true or false, got "maybe"');
    expect(message.split('\n')).toHaveLength(1);
  });

  it('names a required variable that is missing', () => {
    const schema = orderSchema.extend({ FINANCE_TOPIC: z.string() });
    expect(configErrorOf(() => parseConfig(schema, {}))).toBe(
      'config error: FINANCE_TOPIC: required but not set',
    );
  });

  it('never echoes a database password or a secret', () => {
    const schema = orderSchema.extend({
      DEMO_PASSWORD: z.string().min(8, 'expected at least 8 characters'),
    });
    const message = configErrorOf(() =>
      parseConfig(schema, { DATABASE_URL: 'mysql://app:s3cret@db/x', DEMO_PASSWORD: 'short' }),
    );
    expect(message).not.toContain('s3cret');
    expect(message).not.toContain('short');
    expect(message).toContain('DEMO_PASSWORD: expected at least 8 characters, got (hidden)');
  });

  it('lets a service add its own variables with defaults', () => {
    const gateway = platformConfigSchema({ service: 'gateway', port: 8080 }).extend({
      ORDER_URL: httpUrl('http://127.0.0.1:8081'),
    });
    expect(parseConfig(gateway, { ORDER_URL: 'http://order:8081/' }).ORDER_URL).toBe(
      'http://order:8081',
    );
    expect(parseConfig(gateway, {}).ORDER_URL).toBe('http://127.0.0.1:8081');
  });

  it('stops the process with exit code 1 and one line on stderr, without a stack trace', () => {
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const exit = jest.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    try {
      loadConfig(orderSchema, { LOG_LEVEL: 'loud' });
      expect(exit).toHaveBeenCalledWith(1);
      expect(stderr).toHaveBeenCalledTimes(1);
      expect(String(stderr.mock.calls[0][0])).toMatch(
        /^config error: LOG_LEVEL: expected one of fatal\|.*, got "loud"\n$/,
      );
    } finally {
      stderr.mockRestore();
      exit.mockRestore();
    }
  });
});
