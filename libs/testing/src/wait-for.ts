export interface WaitForOptions {
  /** give up after this long; default 30 s */
  timeoutMs?: number;
  /** pause between probes; default 50 ms */
  intervalMs?: number;
  /** what is awaited, for the timeout message */
  description?: string;
}

/**
 * Polls `probe` until it returns a truthy value and resolves with that value. A probe that throws
 * counts as "not yet" (so it may hold `expect` calls); its last error is the timeout's cause.
 * The one place tests wait: they never sleep for a fixed time.
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  options: WaitForOptions | string = {},
): Promise<T> {
  // a bare string is the description: `waitFor(probe, 'the quote recorded')`
  const {
    timeoutMs = 30_000,
    intervalMs = 50,
    description = 'a condition',
  } = typeof options === 'string' ? { description: options } : options;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      lastError = undefined;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const because =
        lastError === undefined
          ? ''
          : `; last error: ${lastError instanceof Error ? lastError.message : String(lastError)}`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}${because}`, {
        cause: lastError,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
