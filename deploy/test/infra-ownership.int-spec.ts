import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '@freight/testing';
import * as infra from '../local/infra';
import type { Profile } from '../local/infra';

// deploy/local/infra.js with a profile of this file's own (its own ports and folder), so the
// shared test broker and a developer's `npm start` are never touched. Postgres comes from
// DATABASE_URL, which the tooling never starts or stops.
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('local infrastructure: what `npm start` brought up, it stops', () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'freight-infra-'));
  const own: Profile = {
    name: 'ownership-test',
    kafkaPort: 29292,
    controllerPort: 29293,
    postgresPort: 29294,
    stateDir,
    ephemeral: true,
  };
  const log = () => undefined;
  const brokerPid = () => Number(readFileSync(join(stateDir, 'kafka.pid'), 'utf8'));

  afterAll(async () => {
    await infra.down(own, { log });
    rmSync(stateDir, { recursive: true, force: true });
  }, 60_000);

  it('stops a broker that `infra up` restarted after a crash while npm start was running', async () => {
    const start = await infra.up(own, { log }); // as npm start: holds a lease
    expect(start.startedNow.kafka).toBe(true);
    const crashed = brokerPid();
    process.kill(crashed, 'SIGKILL');
    while (isAlive(crashed)) await new Promise((resolve) => setTimeout(resolve, 50));

    const lines: string[] = [];
    const repair = await infra.up(own, { keepRunning: true, log: (line) => lines.push(line) }); // npm run infra -- up
    expect(repair.startedNow.kafka).toBe(true);
    expect(repair.keepRunning).toBe(false);
    expect(lines.join('\n')).toContain('will stop them when they end');
    const restarted = brokerPid();
    expect(isAlive(restarted)).toBe(true);

    await start.stop(); // Ctrl-C of npm start
    // a broker shutting down cleanly takes a moment on a busy machine
    await waitFor(() => !isAlive(restarted), {
      timeoutMs: 60_000,
      description: 'the restarted broker stopped',
    });
    expect(isAlive(restarted)).toBe(false);
  }, 240_000);
});
