import { waitFor } from './wait-for';

describe('waitFor', () => {
  it('resolves with the first truthy value the probe returns', async () => {
    let calls = 0;
    const value = await waitFor(() => (++calls >= 3 ? { calls } : undefined), { intervalMs: 1 });
    expect(value).toEqual({ calls: 3 });
  });

  it('awaits asynchronous probes', async () => {
    let calls = 0;
    await expect(waitFor(async () => ++calls === 2 && 'ready', { intervalMs: 1 })).resolves.toBe(
      'ready',
    );
  });

  it('treats a throwing probe as not yet', async () => {
    let calls = 0;
    const value = await waitFor(
      () => {
        if (++calls < 3) throw new Error('not yet');
        return calls;
      },
      { intervalMs: 1 },
    );
    expect(value).toBe(3);
  });

  it('fails after the timeout naming what it waited for', async () => {
    await expect(
      waitFor(() => false, {
        timeoutMs: 20,
        intervalMs: 5,
        description: 'the order to be shipped',
      }),
    ).rejects.toThrow(/timed out after 20 ms waiting for the order to be shipped/);
  });

  it('reports the last error of a throwing probe on timeout', async () => {
    const failure = waitFor(
      () => {
        throw new Error('connection refused');
      },
      { timeoutMs: 20, intervalMs: 5 },
    );
    await expect(failure).rejects.toThrow(/last error: connection refused/);
    await expect(failure).rejects.toHaveProperty('cause.message', 'connection refused');
  });
});
