import { Logger } from '@nestjs/common';

/** What the relay and consumers log through; Nest's Logger (and so the service's pino) by default. */
export interface MessagingLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string, stack?: string): void;
}

export const nestLogger = (context: string): MessagingLogger => new Logger(context);
