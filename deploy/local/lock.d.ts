/** Runs `body` while holding the lock file `file`; a lock whose holder died is taken over. */
export declare function withLock<T>(
  file: string,
  body: () => Promise<T>,
  options?: { timeoutMs?: number; log?: (line: string) => void },
): Promise<T>;
