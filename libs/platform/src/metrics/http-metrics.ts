import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export interface HttpRequestObservation {
  method: string;
  /** the route pattern (`/customers/:id`), never the raw URL: label values must stay few */
  route: string;
  statusCode: number;
  seconds: number;
}

/**
 * The Prometheus registry of one application: process metrics plus a request-duration
 * histogram. One registry per app (not prom-client's global one) so that two apps in one
 * process — tests — do not collide.
 */
export class HttpMetrics {
  readonly registry = new Registry();
  private readonly requestDuration: Histogram<'method' | 'route' | 'status_code'>;

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.requestDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Duration of HTTP requests, by route pattern and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
  }

  observe({ method, route, statusCode, seconds }: HttpRequestObservation): void {
    this.requestDuration.observe({ method, route, status_code: String(statusCode) }, seconds);
  }

  /** The text exposition format and its content type, for the /metrics endpoint. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
