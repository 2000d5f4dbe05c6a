/** How a failing handler is retried before its message goes to the dead-letter topic. */
export interface RetryPolicy {
  /** tries in all, the first included; default 5 */
  attempts?: number;
  /** pause before the second try, doubled each time; default 200 ms */
  initialDelayMs?: number;
  /** cap on one pause; default 10 s */
  maxDelayMs?: number;
}

export class RetriesExhaustedError extends Error {
  constructor(
    readonly attempts: number,
    readonly lastError: unknown,
  ) {
    super(lastError instanceof Error ? lastError.message : String(lastError), { cause: lastError });
    this.name = 'RetriesExhaustedError';
  }
}

/**
 * Runs `work` until it succeeds or the policy's attempts are used up (then throws
 * RetriesExhaustedError carrying the last error). `betweenAttempts` keeps the consumer's group
 * membership alive (heartbeat) and reports the failure.
 */
export async function withRetries<T>(
  work: () => Promise<T>,
  policy: RetryPolicy,
  betweenAttempts: (error: unknown, attempt: number) => Promise<void>,
): Promise<T> {
  const attempts = Math.max(1, policy.attempts ?? 5);
  let delay = policy.initialDelayMs ?? 200;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts) throw new RetriesExhaustedError(attempt, error);
      await betweenAttempts(error, attempt);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, policy.maxDelayMs ?? 10_000);
    }
  }
}
