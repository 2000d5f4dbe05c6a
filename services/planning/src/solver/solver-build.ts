import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

// Builds the solver helper's jar from its Maven project when it is missing or older than its
// sources (decision 0090): `mvn -q -o package` first (the local repository usually has every
// artifact), then `mvn -q package` online. Called by the service at start, by the tests and by
// the benchmark and CLI — so neither `npm start` nor CI needs a build step of their own. A lock
// folder keeps parallel test workers from building at once.

export const SOLVER_JAR = 'target/planning-solver.jar';
const LOCK = 'target/.build-lock';
const STALE_LOCK_MS = 10 * 60_000;

/** The helper's Maven project: `SOLVER_DIR`, or `services/planning/solver` found above this file. */
export function solverDirectory(configured?: string): string {
  if (configured) return path.resolve(configured);
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'services', 'planning', 'solver');
    if (fs.existsSync(path.join(candidate, 'pom.xml'))) return candidate;
    if (path.dirname(dir) === dir)
      throw new Error(`services/planning/solver/pom.xml not found above ${__dirname}`);
  }
}

function newestSource(dir: string): number {
  let newest = fs.statSync(path.join(dir, 'pom.xml')).mtimeMs;
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  walk(path.join(dir, 'src'));
  return newest;
}

export function isSolverBuilt(dir: string): boolean {
  const jar = path.join(dir, SOLVER_JAR);
  return fs.existsSync(jar) && fs.statSync(jar).mtimeMs >= newestSource(dir);
}

function maven(dir: string, args: string[]): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('mvn', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ ok: false, output: String(error) }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

async function takeLock(dir: string): Promise<() => void> {
  const lock = path.join(dir, LOCK);
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      return () => fs.rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // a build that died holding the lock must not block every later start
      if (Date.now() - fs.statSync(lock).mtimeMs > STALE_LOCK_MS)
        fs.rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** The path of an up-to-date helper jar, built first when needed. */
export async function ensureSolverBuilt(
  options: { solverDir?: string; log?: (line: string) => void } = {},
): Promise<string> {
  const dir = solverDirectory(options.solverDir);
  const jar = path.join(dir, SOLVER_JAR);
  if (isSolverBuilt(dir)) return jar;
  const release = await takeLock(dir);
  try {
    if (isSolverBuilt(dir)) return jar; // another process built it while we waited
    options.log?.(`building the solver helper (${dir}) …`);
    let result = await maven(dir, ['-q', '-o', 'package']);
    if (!result.ok) result = await maven(dir, ['-q', 'package']);
    if (!result.ok || !fs.existsSync(jar))
      throw new Error(`the solver helper did not build:\n${result.output.slice(-4000)}`);
    return jar;
  } finally {
    release();
  }
}
