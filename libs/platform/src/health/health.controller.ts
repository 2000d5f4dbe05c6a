import { Controller, Get, Logger, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
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
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
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
      // terminus' own report (which part is down), not a problem document: probes and
      // operators read it as it is
      const report = (error as { response?: unknown }).response;
      this.noteReadiness(false, report);
      reply.status(503);
      return report;
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
