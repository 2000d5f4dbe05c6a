import { ChildProcess, spawn } from 'node:child_process';
import * as readline from 'node:readline';
import { SolverRefused, SolverUnavailable } from './solver.errors';
import type { SolverProblem, SolverSolution } from './solver.protocol';

export interface SolverHelperOptions {
  /** the helper's jar (ensureSolverBuilt) */
  jar: () => Promise<string>;
  javaOptions?: string[];
  /** plans waiting beyond which a request is refused at once (503) */
  queueLimit?: number;
  /** time over a plan's limit after which a silent helper is killed and restarted */
  graceMs?: number;
  /** first and longest pause before a crashed helper is started again */
  restartDelayMs?: { first: number; longest: number };
  log?: (level: 'info' | 'warn' | 'error', message: string) => void;
}

interface Pending {
  id: string;
  problem: SolverProblem;
  resolve: (solution: SolverSolution) => void;
  reject: (error: Error) => void;
}

type State = 'stopped' | 'starting' | 'ready' | 'down';

/**
 * The long-running solver helper (a JVM reading JSON lines on stdin, decision 0090): one plan at
 * a time, the others queued. A helper that crashes or stops answering is restarted with a
 * growing pause; whatever was waiting on it is answered at once with SolverUnavailable (503 and
 * Retry-After), so no request hangs (issue 25 item 8).
 */
export class SolverHelper {
  private child?: ChildProcess;
  private state: State = 'stopped';
  private queue: Pending[] = [];
  private inFlight?: { pending: Pending; timer: NodeJS.Timeout };
  private sequence = 0;
  private restartDelay: number;
  private restartTimer?: NodeJS.Timeout;
  private starting?: Promise<void>;

  constructor(private readonly options: SolverHelperOptions) {
    this.restartDelay = this.delays.first;
  }

  private get delays() {
    return this.options.restartDelayMs ?? { first: 1_000, longest: 30_000 };
  }

  /** the helper's process id while it runs (tests use it to crash the helper) */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  get status(): State {
    return this.state;
  }

  /** plans waiting or being solved */
  get pending(): number {
    return this.queue.length + (this.inFlight ? 1 : 0);
  }

  /** Starts the helper and resolves once it said it is ready. */
  start(): Promise<void> {
    if (this.state === 'ready') return Promise.resolve();
    this.starting ??= this.spawnHelper().finally(() => (this.starting = undefined));
    return this.starting;
  }

  solve(problem: SolverProblem): Promise<SolverSolution> {
    if (this.state !== 'ready')
      throw new SolverUnavailable(
        this.retryAfterSeconds(),
        this.state === 'down'
          ? 'the planning solver is being restarted'
          : 'the planning solver is starting',
      );
    if (this.queue.length >= (this.options.queueLimit ?? 4)) {
      const waiting = this.queue.reduce((sum, p) => sum + p.problem.timeLimitMs, 0);
      throw new SolverUnavailable(
        Math.ceil(waiting / 1000) + 1,
        'too many plans are being computed',
      );
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: `p${++this.sequence}`, problem, resolve, reject });
      this.pump();
    });
  }

  async stop(): Promise<void> {
    this.state = 'stopped';
    clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.stdin?.end();
      setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
    });
  }

  private retryAfterSeconds(): number {
    return Math.ceil(this.restartDelay / 1000) + 3; // the pause, then the JVM's start
  }

  private async spawnHelper(): Promise<void> {
    this.state = 'starting';
    let jar: string;
    try {
      jar = await this.options.jar();
    } catch (error) {
      this.state = 'down';
      this.scheduleRestart();
      throw error;
    }
    if ((this.state as State) === 'stopped') return; // stopped while the jar was built
    const child = spawn('java', [...(this.options.javaOptions ?? []), '-jar', jar], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    const ready = new Promise<void>((resolve, reject) => {
      child.once('exit', (code, signal) =>
        reject(new Error(`solver helper exited (${signal ?? code})`)),
      );
      child.once('error', reject);
      readline.createInterface({ input: child.stdout! }).on('line', (line) => {
        if (this.state === 'starting' && line.includes('"ready"')) {
          this.state = 'ready';
          this.restartDelay = this.delays.first;
          this.options.log?.('info', `solver helper ready (pid ${child.pid}): ${line}`);
          resolve();
          this.pump();
        } else this.answer(line);
      });
    });
    readline
      .createInterface({ input: child.stderr! })
      .on('line', (line) => this.options.log?.('warn', `solver helper: ${line}`));
    child.on('exit', (code, signal) => this.exited(child, code, signal));
    child.on('error', (error) => this.options.log?.('error', `solver helper: ${error.message}`));
    await ready;
  }

  private pump(): void {
    if (this.inFlight || this.state !== 'ready' || !this.child) return;
    const pending = this.queue.shift();
    if (!pending) return;
    const timer = setTimeout(
      () => {
        this.options.log?.(
          'error',
          `solver helper silent past the limit on ${pending.id}: restarting it`,
        );
        this.child?.kill('SIGKILL');
      },
      pending.problem.timeLimitMs + (this.options.graceMs ?? 15_000),
    );
    this.inFlight = { pending, timer };
    this.child.stdin!.write(`${JSON.stringify({ id: pending.id, problem: pending.problem })}\n`);
  }

  private answer(line: string): void {
    const current = this.inFlight;
    let reply: { id?: string; ok?: boolean; solution?: SolverSolution; error?: string };
    try {
      reply = JSON.parse(line);
    } catch {
      this.options.log?.(
        'warn',
        `solver helper wrote something other than JSON: ${line.slice(0, 200)}`,
      );
      return;
    }
    if (!current || reply.id !== current.pending.id) return;
    clearTimeout(current.timer);
    this.inFlight = undefined;
    if (reply.ok && reply.solution) current.pending.resolve(reply.solution);
    else
      current.pending.reject(
        new SolverRefused(reply.error ?? 'the solver helper refused the problem'),
      );
    this.pump();
  }

  private exited(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.child !== child) return;
    this.child = undefined;
    const waiting = [...(this.inFlight ? [this.inFlight.pending] : []), ...this.queue];
    if (this.inFlight) clearTimeout(this.inFlight.timer);
    this.inFlight = undefined;
    this.queue = [];
    if (this.state === 'stopped') {
      for (const p of waiting)
        p.reject(new SolverUnavailable(5, 'the planning service is stopping'));
      return;
    }
    this.state = 'down';
    this.options.log?.(
      'error',
      `solver helper exited (${signal ?? code}); restarting in ${this.restartDelay} ms`,
    );
    for (const p of waiting)
      p.reject(
        new SolverUnavailable(
          this.retryAfterSeconds(),
          'the planning solver stopped and is being restarted',
        ),
      );
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => {
      this.start().catch((error: Error) => {
        this.options.log?.('error', `solver helper did not restart: ${error.message}`);
      });
    }, this.restartDelay);
    this.restartTimer.unref();
    this.restartDelay = Math.min(this.restartDelay * 2, this.delays.longest);
  }
}
