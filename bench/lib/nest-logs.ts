import { Logger } from '@nestjs/common';
import { progress } from './progress';

const text = (message: unknown) =>
  typeof message === 'string' ? message : JSON.stringify(message);

/**
 * Nest's default logger writes to stdout, which carries only a benchmark's JSON line: platform
 * code run in-process (relay, consumers, kafkajs through KafkaClient) logs warnings and errors
 * to stderr instead, and nothing below that.
 */
export function nestLogsToStderr(): void {
  Logger.overrideLogger({
    log: () => {},
    debug: () => {},
    verbose: () => {},
    warn: (message: unknown, context?: string) =>
      progress(`warn [${context ?? ''}] ${text(message)}`),
    error: (message: unknown, ...rest: unknown[]) =>
      progress(`error ${text(message)} ${rest.map(text).join(' ')}`),
  });
}
