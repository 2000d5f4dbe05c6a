import { Injectable, Logger } from '@nestjs/common';
import { CORRELATION_HEADER, InjectServiceConfig } from '@freight/platform';
import { downstreamServices, GatewayConfig } from '../config';
import type { Principal } from '../access/principal';
import type { DownstreamService } from './proxied-route';
import { BadGateway, problemFromDownstream, ServiceUnavailable } from './proxy.rules';

/** A service's answer: JSON (parsed), or a file's bytes with its content type. */
export type ServiceAnswer =
  | { kind: 'json'; status: number; body: unknown }
  | { kind: 'file'; status: number; bytes: Buffer; contentType: string; disposition?: string };

export interface ServiceCall {
  method?: string;
  body?: unknown;
  correlationId: string;
  /** who is calling: the services record it (x-actor-* headers); absent on public routes */
  principal?: Principal;
  /** what the caller accepts (JSON, or a file type) */
  accept?: string;
}

/** The actor headers the services read (@freight/platform `Actor`), from a verified principal. */
export function actorHeaders(principal: Principal): Record<string, string> {
  return {
    'x-actor-id': principal.userId,
    'x-actor-name': encodeURIComponent(principal.username),
    'x-actor-role': principal.role,
    'x-actor-branch': principal.branch,
  };
}

/**
 * Calls the services behind the gateway over their internal HTTP APIs: the correlation id and
 * the actor go along, a service that cannot be reached is a 503, one that fails a 502, and a
 * refusal it answers (400/403/409/410/422) becomes the caller's problem with the service's own
 * type. Used by the proxied routes and by composed views (one waybill from several services).
 */
@Injectable()
export class ServiceClient {
  private readonly logger = new Logger('ServiceClient');
  private readonly urls: Map<string, string>;

  constructor(@InjectServiceConfig() private readonly config: GatewayConfig) {
    this.urls = new Map(downstreamServices(this.config).map((s) => [s.name, s.url]));
  }

  async call(service: DownstreamService, path: string, call: ServiceCall): Promise<ServiceAnswer> {
    const method = call.method ?? 'GET';
    const headers: Record<string, string> = {
      accept: call.accept ?? 'application/json',
      [CORRELATION_HEADER]: call.correlationId,
      ...(call.principal ? actorHeaders(call.principal) : {}),
    };
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${this.urls.get(service)}${path}`, {
        method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal: AbortSignal.timeout(this.config.PROXY_TIMEOUT_MS),
      });
    } catch (error) {
      const failure = error as { name?: string; cause?: { code?: string } };
      this.logger.warn({
        msg: 'service unreachable',
        service,
        path,
        why: failure.cause?.code ?? failure.name,
      });
      throw new ServiceUnavailable(service);
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (response.status < 400 && contentType !== '' && !/json/.test(contentType)) {
      const disposition = response.headers.get('content-disposition') ?? undefined;
      return {
        kind: 'file',
        status: response.status,
        bytes: Buffer.from(await response.arrayBuffer()),
        contentType,
        disposition,
      };
    }
    const text = await response.text().catch(() => '');
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      this.logger.warn({
        msg: 'service answered something other than JSON',
        service,
        path,
        status: response.status,
      });
      throw new BadGateway(service);
    }
    if (response.status >= 400) {
      if (response.status >= 500)
        this.logger.warn({ msg: 'service failed', service, path, status: response.status });
      throw problemFromDownstream(service, response.status, parsed);
    }
    return { kind: 'json', status: response.status, body: parsed };
  }

  /** A JSON GET, for composed views: the body, or the problem the service answered. */
  async getJson(
    service: DownstreamService,
    path: string,
    call: Omit<ServiceCall, 'method' | 'body'>,
  ): Promise<unknown> {
    const answer = await this.call(service, path, call);
    if (answer.kind !== 'json') throw new BadGateway(service);
    return answer.body;
  }
}
