import { RetriesExhaustedError, withRetries } from './retry-policy';

describe('retrying a failing handler', () => {
  it('returns the first success and reports each failure before the next try', async () => {
    const failures: number[] = [];
    let calls = 0;
    const result = await withRetries(
      async () => {
        calls++;
        if (calls < 3) throw new Error(`failure ${calls}`);
        return 'applied';
      },
      { attempts: 5, initialDelayMs: 1 },
      async (_, attempt) => {
        failures.push(attempt);
      },
    );
    expect(result).toBe('applied');
    expect(failures).toEqual([1, 2]);
  });

  it('gives up after the configured attempts with the last error and the count', async () => {
    let calls = 0;
    const attempt = withRetries(
      async () => {
        calls++;
        throw new Error(`scanner rejected scan ${calls}`);
      },
      { attempts: 3, initialDelayMs: 1 },
      async () => undefined,
    );
    await expect(attempt).rejects.toThrow(RetriesExhaustedError);
    await expect(attempt).rejects.toMatchObject({
      attempts: 3,
      message: 'scanner rejected scan 3',
    });
    expect(calls).toBe(3);
  });
});
