import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from '@freight/testing';

const requireTs = join(__dirname, '../../../../contracts/scripts/require-ts.js');

/**
 * A fixture running in its own Node process (TypeScript through swc), so a test can SIGKILL it
 * the way an orchestrator or the kernel would. It prints `ready` once it consumes or relays.
 */
export class FixtureProcess {
  private readonly lines: string[] = [];
  private readonly child: ChildProcess;
  readonly exited: Promise<number | null>;

  constructor(fixture: string, config: unknown) {
    this.child = spawn(
      process.execPath,
      ['-r', requireTs, join(__dirname, '../fixtures', fixture), JSON.stringify(config)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, KAFKAJS_NO_PARTITIONER_WARNING: '1' },
      },
    );
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    const collect = (chunk: Buffer) =>
      this.lines.push(...chunk.toString().split('\n').filter(Boolean));
    this.child.stdout!.on('data', collect);
    this.child.stderr!.on('data', collect);
  }

  async ready(timeoutMs = 60_000): Promise<void> {
    try {
      await waitFor(() => this.lines.includes('ready') || !this.alive, {
        timeoutMs,
        description: 'the fixture to be ready',
      });
    } catch (err) {
      throw new Error(`${(err as Error).message}; its output:\n${this.output()}`, { cause: err });
    }
    if (!this.lines.includes('ready'))
      throw new Error(`the fixture exited before it was ready; its output:\n${this.output()}`);
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  kill(signal: NodeJS.Signals): void {
    if (this.alive) this.child.kill(signal);
  }

  output(): string {
    return this.lines.slice(-40).join('\n');
  }

  /** As a tracked Running: SIGTERM, then wait for the exit. */
  async stop(): Promise<void> {
    if (!this.alive) return;
    this.kill('SIGTERM');
    await this.exited;
  }
}
