import pino, { DestinationStream, Logger } from 'pino';
import { currentCorrelationId } from './correlation';

export type ServiceLogger = Logger;

export interface ServiceLoggerOptions {
  service: string;
  level: string;
  /** where lines go; stdout (synchronously, so nothing is lost on exit) unless a test captures them */
  destination?: DestinationStream;
}

/** One JSON line per event, each carrying the service name and the current correlation id. */
export function createServiceLogger({
  service,
  level,
  destination,
}: ServiceLoggerOptions): ServiceLogger {
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const correlationId = currentCorrelationId();
        return correlationId ? { correlationId } : {};
      },
    },
    destination ?? pino.destination({ fd: 1, sync: true }),
  );
}
