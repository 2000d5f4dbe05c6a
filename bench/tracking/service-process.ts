import { ChildProcess, spawn } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';
import { repoRoot } from '../lib/repo-root';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * A service as `npm start` runs it (dist/services/<name>/src/main.js) in a child process:
 * started, ready once /health/live answers, stopped with SIGTERM (graceful shutdown).
 */
export class ServiceProcess {
  private stderr = '';

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
  }

  static async start(name: string, env: Record<string, string>): Promise<ServiceProcess> {
    const port = await freePort();
    const main = path.join(repoRoot(), 'dist', 'services', name, 'src', 'main.js');
    const child = spawn(process.execPath, [main], {
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const service = new ServiceProcess(name, child, `http://127.0.0.1:${port}`);
    const until = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`${name} exited with ${child.exitCode}: ${service.stderr}`);
      const live = await fetch(`${service.url}/health/live`).then(
        (r) => r.ok,
        () => false,
      );
      if (live) return service;
      if (Date.now() > until) throw new Error(`${name} did not start in 120 s: ${service.stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill('SIGTERM');
    const timeout = setTimeout(() => this.child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timeout);
  }
}
