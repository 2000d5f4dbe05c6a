import type { ServiceLogger } from '../logging/service-logger';

export interface ClosableApp {
  close(signal?: string): Promise<void>;
}

export interface ShutdownOptions {
  timeoutMs: number;
  logger: ServiceLogger;
  signals?: NodeJS.Signals[];
  /** injectable for tests; the process's exit otherwise */
  exit?: (code: number) => void;
}

/**
 * On SIGTERM/SIGINT: close the app (Nest stops accepting — new requests get 503 —, lets
 * in-flight requests finish, then runs the shutdown hooks that close Kafka and the database)
 * and exit 0. A timer forces exit 1 when that hangs; it is unref'd so it never keeps a process
 * alive that is already done. A second signal gets Node's default handling: immediate death.
 *
 * Nest's enableShutdownHooks() is not used: it re-raises the signal (exit 143, read as a crash
 * by supervisors) and has no deadline.
 */
export function closeOnSignals(app: ClosableApp, options: ShutdownOptions): () => void {
  const {
    timeoutMs,
    logger,
    signals = ['SIGTERM', 'SIGINT'],
    exit = (code) => process.exit(code),
  } = options;

  const onSignal = (signal: NodeJS.Signals): void => {
    logger.info({ signal, timeoutMs }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown did not finish in time, forcing exit');
      exit(1);
    }, timeoutMs).unref();
    app
      .close(signal)
      .then(
        () => {
          logger.info('shut down');
          exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          exit(1);
        },
      )
      .finally(() => clearTimeout(deadline));
  };

  for (const signal of signals) process.once(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}
