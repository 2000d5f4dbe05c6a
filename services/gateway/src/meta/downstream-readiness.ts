import { Injectable } from '@nestjs/common';
import {
  CORRELATION_HEADER,
  currentCorrelationId,
  HEALTH_PATHS,
  InjectServiceConfig,
  ReadinessReport,
} from '@freight/platform';
import { downstreamServices, GatewayConfig } from '../config';
import { ServiceReadiness, ServicesReport } from './service-readiness.dto';

// Longer than a service's own readiness checks (1.5 s), shorter than an operator's patience.
const ASK_TIMEOUT_MS = 3_000;

/**
 * Asks every service behind the gateway whether it is ready, all at once: for operators
 * (GET /api/v1/meta/services) and in the gateway's own /health/ready, as `downstream`.
 *
 * A service that is down does not make the gateway not-ready (decision 0024): every replica of
 * the gateway would leave the load balancer together, and sign-in, administration and every
 * other service's routes with them. Its routes answer 503 instead; readiness says which.
 */
@Injectable()
export class DownstreamReadiness implements ReadinessReport {
  readonly name = 'downstream';

  constructor(@InjectServiceConfig() private readonly config: GatewayConfig) {}

  /** For /health/ready: `degraded` while any service behind the gateway is not ready. */
  async report(): Promise<Record<string, unknown>> {
    const { services } = await this.servicesReport();
    const notReady = services.filter((s) => !s.ready).map((s) => s.name);
    return { degraded: notReady.length > 0, notReady };
  }

  async servicesReport(): Promise<ServicesReport> {
    const services = await Promise.all(
      downstreamServices(this.config).map((s) => this.ask(s.name, s.url)),
    );
    return { ready: services.every((s) => s.ready), services };
  }

  private async ask(name: string, url: string): Promise<ServiceReadiness> {
    const correlationId = currentCorrelationId();
    try {
      const response = await fetch(`${url}${HEALTH_PATHS.ready}`, {
        signal: AbortSignal.timeout(ASK_TIMEOUT_MS),
        headers: correlationId ? { [CORRELATION_HEADER]: correlationId } : {},
      });
      const details: unknown = await response.json().catch(() => undefined);
      return { name, url, ready: response.status === 200, status: response.status, details };
    } catch (error) {
      // Not reachable is an answer, not a failure of this report: say why.
      return { name, url, ready: false, error: describeFetchError(error) };
    }
  }
}

// Duck-typed rather than `instanceof Error`: fetch's errors may come from another realm (Jest's vm).
function describeFetchError(error: unknown): string {
  const failure = error as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  } | null;
  if (failure?.name === 'TimeoutError') return `no answer within ${ASK_TIMEOUT_MS} ms`;
  return failure?.cause?.code ?? failure?.cause?.message ?? failure?.message ?? String(error);
}
