import { Controller, Get, Logger } from '@nestjs/common';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { HEALTH_PATHS } from '../http/paths';
import { ReadinessChecks } from './readiness.checks';

@Controller()
export class HealthController {
  private readonly logger = new Logger('Readiness');
  private lastReady?: boolean;

  constructor(
    private readonly health: HealthCheckService,
    private readonly checks: ReadinessChecks,
  ) {}

  /** The process is up and its event loop answers; nothing external is consulted. */
  @Get(HEALTH_PATHS.live)
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /** 200 when the database and Kafka answer and every consumer group is joined; 503 with the failing part otherwise. */
  @Get(HEALTH_PATHS.ready)
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  async ready(): Promise<HealthCheckResult> {
    try {
      const result = await this.health.check([
        this.checks.database(),
        this.checks.kafkaBrokers(),
        this.checks.consumerGroups(),
        ...this.checks.report(),
      ]);
      this.noteReadiness(true, result);
      return result;
    } catch (error) {
      this.noteReadiness(false, (error as { response?: unknown }).response);
      throw error;
    }
  }

  // Probes come every few seconds; log when readiness changes, not on every probe.
  private noteReadiness(ready: boolean, details: unknown): void {
    if (ready === this.lastReady) return;
    this.lastReady = ready;
    if (ready) this.logger.log({ msg: 'ready', details });
    else this.logger.warn({ msg: 'not ready', details });
  }
}
