import { ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { waitFor } from '@freight/testing';

const root = path.resolve(__dirname, '..');
const requireTs = path.join(root, 'libs/contracts/scripts/require-ts.js');
const main = path.join(root, 'services/billing/src/main.ts');

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The billing service's own main.ts in a child process — its real bootstrap, configuration,
 * consumers, relay and background jobs — so a test can SIGKILL it the way the kernel or an
 * orchestrator would, and start it again on the same database and Kafka namespace. It runs the
 * TypeScript through the repository's swc options (the messaging conformance suite's way), not
 * dist/: a rebuild of dist/ would pull the files from under a concurrent `npm start` test.
 */
export class BillingProcess {
  private readonly lines: string[] = [];
  private readonly child: ChildProcess;
  readonly exited: Promise<number | null>;

  private constructor(
    readonly url: string,
    env: Record<string, string>,
  ) {
    this.child = spawn(process.execPath, ['-r', requireTs, main], {
      cwd: root,
      env: { ...process.env, KAFKAJS_NO_PARTITIONER_WARNING: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    const collect = (chunk: Buffer) =>
      this.lines.push(...chunk.toString().split('\n').filter(Boolean));
    this.child.stdout!.on('data', collect);
    this.child.stderr!.on('data', collect);
  }

  /** Starts it and resolves once /health/ready answers 200 (its database and Kafka reachable). */
  static async start(env: Record<string, string>, port: number): Promise<BillingProcess> {
    const service = new BillingProcess(`http://127.0.0.1:${port}`, {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
    });
    try {
      await waitFor(
        async () => {
          if (!service.alive) throw new Error('exited');
          return (
            (await fetch(`${service.url}/health/ready`).catch(() => undefined))?.status === 200
          );
        },
        { timeoutMs: 180_000, intervalMs: 250, description: 'the billing process to be ready' },
      );
    } catch (error) {
      service.kill('SIGKILL');
      throw new Error(`${(error as Error).message}; its output:\n${service.output()}`, {
        cause: error,
      });
    }
    return service;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  kill(signal: NodeJS.Signals): void {
    if (this.alive) this.child.kill(signal);
  }

  /** SIGKILL: no shutdown hook runs, in-flight transactions are lost, the relay stops dead. */
  async crash(): Promise<void> {
    this.kill('SIGKILL');
    await this.exited;
  }

  async stop(): Promise<void> {
    if (!this.alive) return;
    this.kill('SIGTERM');
    await this.exited;
  }

  output(): string {
    return this.lines.slice(-40).join('\n');
  }
}
