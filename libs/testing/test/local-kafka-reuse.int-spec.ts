// deploy/local's reuse rule: a broker that already answers and is not ours (no pidfile of ours in
// the state folder) is used as it is, and never stopped.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureKafka, probeMetadata } from '../../../deploy/local/kafka';
import { testKafkaBrokers } from '../src';

describe('deploy/local ensureKafka on a port that already answers', () => {
  const brokers = testKafkaBrokers();
  const port = Number(brokers[0].split(':').pop());
  let stateDir: string;

  beforeAll(() => {
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'freight-kafka-reuse-'));
  });
  afterAll(() => fs.rmSync(stateDir, { recursive: true, force: true }));

  it('reuses the broker (startedByUs=false) and its stop() leaves it running', async () => {
    const lines: string[] = [];
    const handle = await ensureKafka({
      port,
      controllerPort: port + 1,
      stateDir,
      log: (line) => lines.push(line),
    });

    expect(handle).toMatchObject({
      brokers: [`127.0.0.1:${port}`],
      startedByUs: false,
      pid: undefined,
    });
    expect(lines.join('\n')).toMatch(/not ours/);
    expect(fs.existsSync(path.join(stateDir, 'kafka.pid'))).toBe(false);

    await handle.stop();
    expect(await probeMetadata(brokers)).toBeUndefined();
  });
});
