import pino, { DestinationStream, Logger } from 'pino';
import { currentCorrelationId } from './correlation';

export type ServiceLogger = Logger;

export interface ServiceLoggerOptions {
  service: string;
  level: string;
  /**
   * where lines go: stdout unless a test captures them. Written asynchronously — lines written
   * while a write is in flight go out together with the next — and flushed synchronously when the
   * process exits (pino does that), so only a hard kill (SIGKILL, OOM) loses the last few lines. A
   * write(2) per line cost the gateway ≈ 10 µs a request (docs/benchmarks.md, gateway).
   */
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
    destination ?? pino.destination({ fd: 1, sync: false }),
  );
}
