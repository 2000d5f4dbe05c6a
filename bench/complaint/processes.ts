import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { progress } from '../lib';
import { repoRoot } from '../lib/repo-root';

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); NaN elsewhere. */
export function cpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** A built service (`dist/services/<name>/src/main.js`) in its own process, as deployed. */
export interface RunningService {
  name: string;
  url: string;
  pid: number;
  log: string;
  stop(): Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function runService(
  name: string,
  env: Record<string, string>,
): Promise<RunningService> {
  const port = await openPort();
  const log = path.join(os.tmpdir(), `bench-complaint-${name}-${process.pid}.log`);
  const fd = fs.openSync(log, 'w');
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(repoRoot(), 'dist', 'services', name, 'src', 'main.js')],
    {
      cwd: repoRoot(),
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', fd, fd],
    },
  );
  fs.closeSync(fd);
  const url = `http://127.0.0.1:${port}`;
  for (const until = Date.now() + 120_000; ; await pause(250)) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}); see ${log}`);
    if (
      await fetch(`${url}/health/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > until) throw new Error(`${name} not ready in 120 s; see ${log}`);
  }
  progress(`${name} ready on ${url} (pid ${child.pid})`);
  return {
    name,
    url,
    pid: child.pid!,
    log,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, pause(15_000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
