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
