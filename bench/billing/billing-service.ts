import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../lib/repo-root';

/** The real billing service (dist/services/billing/src/main.js, as npm start runs it) as a child. */
export class BillingService {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(env: Record<string, string>, port: number): Promise<BillingService> {
    const main = path.join(repoRoot(), 'dist', 'services', 'billing', 'src', 'main.js');
    const child = spawn(process.execPath, [main], {
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on(
      'data',
      (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)),
    );
    const service = new BillingService(child, `http://127.0.0.1:${port}`);
    for (const until = Date.now() + 120_000; ;) {
      if (child.exitCode !== null)
        throw new Error(`billing exited with ${child.exitCode}: ${stderr}`);
      const ready = await fetch(`${service.url}/health/ready`).catch(() => undefined);
      if (ready?.ok) return service;
      if (Date.now() > until) throw new Error(`billing did not start in 120 s: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** Resident set size of the service process in MB (/proc). */
  rssMb(): number {
    const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 'NaN') / 1024;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
