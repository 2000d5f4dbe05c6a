const started = Date.now();

/** Progress goes to stderr: stdout carries only the final JSON line. */
export function progress(message: string): void {
  process.stderr.write(
    `[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`,
  );
}

/** Logs every tenth of the way to `total`; call it with the running count. */
export function progressEvery(label: string, total: number): (done: number) => void {
  const step = Math.max(1, Math.floor(total / 10));
  let next = step;
  return (done) => {
    if (done >= next || done === total) {
      progress(`${label}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
      next = done + step - (done % step);
    }
  };
}

/**
 * Counts consumed messages towards `expected`, logging every tenth: `done` resolves when the last
 * one is counted, and rejects when none came for `stallMs`. `end()` stops watching (at any time).
 */
export function consumptionCounter(label: string, expected: number, stallMs: number) {
  const report = progressEvery(label, expected);
  let count = 0;
  let lastProgress = Date.now();
  let finish: () => void = () => {};
  let watch: NodeJS.Timeout | undefined;
  const done = new Promise<void>((resolve, reject) => {
    finish = resolve;
    watch = setInterval(() => {
      if (Date.now() - lastProgress > stallMs)
        reject(new Error(`${label}: no message for ${stallMs / 1000} s at ${count}/${expected}`));
    }, 1000);
  }).finally(() => clearInterval(watch));
  return {
    done,
    end: () => finish(),
    get count() {
      return count;
    },
    counted(n: number) {
      count += n;
      lastProgress = Date.now();
      report(Math.min(count, expected));
      if (count >= expected) finish();
    },
  };
}
