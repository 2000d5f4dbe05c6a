import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../lib/repo-root';

/** The real scheduler service (dist/services/scheduler/src/main.js) as a child process. */
export class SchedulerProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {}

  static async start(
    env: Record<string, string>,
    port: number,
    nodeFlags: string[] = [],
  ): Promise<SchedulerProcess> {
    const main = path.join(repoRoot(), 'dist', 'services', 'scheduler', 'src', 'main.js');
    const child = spawn(process.execPath, [...nodeFlags, main], {
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const service = new SchedulerProcess(child, port);
    const until = Date.now() + 90_000;
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`scheduler exited with ${child.exitCode}: ${stderr}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/health/live`);
        if (res.ok) return service;
      } catch {
        // not listening yet
      }
      if (Date.now() > until) throw new Error(`scheduler did not start in 90 s: ${stderr}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Resident set size in MB, from /proc. */
  rssMb(): number {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 'NaN');
    return kb / 1024;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill('SIGTERM');
    const timeout = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timeout);
  }
}
