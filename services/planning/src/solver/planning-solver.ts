import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectServiceConfig } from '@freight/platform';
import type { PlanningConfig } from '../config';
import { ensureSolverBuilt } from './solver-build';
import { SolverHelper } from './solver-helper';
import type { SolverProblem, SolverSolution } from './solver.protocol';

/**
 * The service's solver helper (decision 0090): built if needed and started with the service,
 * restarted when it crashes, stopped with the service. A plan asked for while it is down is
 * answered 503 with Retry-After (SolverUnavailable).
 */
@Injectable()
export class PlanningSolver implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('PlanningSolver');
  readonly helper: SolverHelper;

  constructor(@InjectServiceConfig() config: PlanningConfig) {
    this.helper = new SolverHelper({
      jar: () =>
        ensureSolverBuilt({ solverDir: config.SOLVER_DIR, log: (line) => this.logger.log(line) }),
      javaOptions: config.SOLVER_JAVA_OPTS.split(/\s+/).filter(Boolean),
      queueLimit: config.SOLVER_QUEUE_LIMIT,
      graceMs: config.SOLVER_GRACE_MS,
      log: (level, message) =>
        level === 'info'
          ? this.logger.log(message)
          : level === 'warn'
            ? this.logger.warn(message)
            : this.logger.error(message),
    });
  }

  async onModuleInit(): Promise<void> {
    // a helper that cannot start does not stop the service: fleet, jobs and plans still answer,
    // a new plan gets 503 until a restart succeeds
    await this.helper
      .start()
      .catch((error: Error) => this.logger.error(`solver helper not started: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.helper.stop();
  }

  solve(problem: SolverProblem): Promise<SolverSolution> {
    return this.helper.solve(problem);
  }
}
