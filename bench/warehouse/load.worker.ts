import { parentPort, workerData } from 'node:worker_threads';

// The keepers' side of (a): concurrent POST /requisitions/{id}/issue for a window, on its own
// thread, so the load generator does not share the service's event loop.

interface Load {
  url: string;
  headers: Record<string, string>;
  prefix: string;
  concurrency: number;
  seconds: number;
}

async function main({ url, headers, prefix, concurrency, seconds }: Load) {
  let next = 1;
  const counts = { issued: 0, refused: 0, failed: 0 };
  const started = Date.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const response = await fetch(`${url}/requisitions/${prefix}${next++}/issue`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: '{}',
        });
        await response.arrayBuffer();
        counts[
          response.status === 200 ? 'issued' : response.status === 409 ? 'refused' : 'failed'
        ]++;
      }
    }),
  );
  parentPort!.postMessage({ ...counts, elapsedMs: Date.now() - started });
}

void main(workerData as Load);
