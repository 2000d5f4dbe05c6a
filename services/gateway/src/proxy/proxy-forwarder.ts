import { Injectable, Logger } from '@nestjs/common';
import { CORRELATION_HEADER, InjectServiceConfig, ValidationProblem } from '@freight/platform';
import { OutOfBranchScope } from '../http/gateway.errors';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { branchFilter, canReachBranch } from '../access/access.rules';
import type { Principal } from '../access/principal';
import { downstreamServices, GatewayConfig } from '../config';
import type { DownstreamService, ProxiedRoute } from './proxied-route';
import {
  BadGateway,
  fieldAt,
  fillPath,
  problemFromDownstream,
  ServiceUnavailable,
} from './proxy.rules';

interface DownstreamAnswer {
  status: number;
  body: unknown;
}

/**
 * Runs one proxied route (proxied-routes.ts) after the guard has checked the role: strict query,
 * path parameters, branch scope before and after, the call with the correlation id, and the
 * service's errors as the gateway's problems (down → 503, failing → 502).
 */
@Injectable()
export class ProxyForwarder {
  private readonly logger = new Logger('Proxy');
  private readonly urls: Map<string, string>;

  constructor(@InjectServiceConfig() private readonly config: GatewayConfig) {
    this.urls = new Map(downstreamServices(config).map((s) => [s.name, s.url]));
  }

  async forward(
    route: ProxiedRoute,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<unknown> {
    const principal = request.principal!;
    const query = this.queryOf(route, request);
    const params = this.paramsOf(route, request);
    const body = request.body;
    if (route.target) request.auditTarget = this.targetOf(route.target, params, body);
    const scope = route.scope;

    if (scope !== 'company' && scope.in === 'path') this.mustReach(principal, params[scope.param]);
    if (scope !== 'company' && scope.in === 'body') {
      const branch = fieldAt(body, scope.field);
      // missing or not a string: the service's validation answers it
      if (typeof branch === 'string') this.mustReach(principal, branch);
    }
    if (scope !== 'company' && scope.in === 'record-at') {
      const record = await this.call(route.service, 'GET', fillPath(scope.path, params), request);
      this.mustReach(principal, fieldAt(record.body, scope.field));
    }

    const path = fillPath(route.to, params) + (query.size > 0 ? `?${query}` : '');
    const answer = await this.call(
      route.service,
      route.method,
      path,
      request,
      route.method === 'GET' ? undefined : body,
    );

    if (scope !== 'company' && scope.in === 'record')
      this.mustReach(principal, fieldAt(answer.body, scope.field));
    if (scope !== 'company' && scope.in === 'items') {
      const branch = branchFilter(principal);
      const items = (answer.body as { items?: unknown })?.items;
      if (!Array.isArray(items)) throw new BadGateway(route.service);
      if (branch !== null) {
        answer.body = {
          ...(answer.body as object),
          items: items.filter((item) => fieldAt(item, scope.field) === branch),
        };
      }
    }
    reply.status(answer.status);
    return answer.body;
  }

  private mustReach(principal: Principal, branch: unknown): void {
    if (typeof branch !== 'string' || !canReachBranch(principal, branch))
      throw new OutOfBranchScope();
  }

  private queryOf(route: ProxiedRoute, request: FastifyRequest): URLSearchParams {
    const given = (request.query ?? {}) as Record<string, unknown>;
    const allowed = route.query ?? {};
    const problems = [
      ...Object.keys(given)
        .filter((name) => !(name in allowed))
        .map((field) => ({ field, message: 'unknown field' })),
      ...Object.entries(given)
        .filter(([name, value]) => name in allowed && typeof value !== 'string')
        .map(([field]) => ({ field, message: 'expected one value' })),
      ...Object.entries(allowed)
        .filter(([name, required]) => required && given[name] === undefined)
        .map(([field]) => ({ field, message: 'required' })),
    ];
    if (problems.length > 0) throw new ValidationProblem(problems, 'query');
    return new URLSearchParams(given as Record<string, string>);
  }

  private paramsOf(route: ProxiedRoute, request: FastifyRequest): Record<string, string> {
    const params = { ...(request.params as Record<string, string> | undefined) };
    const problems = [];
    for (const [name, translate] of Object.entries(route.params ?? {})) {
      const translated = translate(params[name] ?? '');
      if (translated === undefined) problems.push({ field: name, message: 'not a known value' });
      else params[name] = translated;
    }
    if (problems.length > 0) throw new ValidationProblem(problems, 'path');
    return params;
  }

  private targetOf(
    target: NonNullable<ProxiedRoute['target']>,
    params: Record<string, string>,
    body: unknown,
  ): string | undefined {
    const [where, name] = target.split(':') as ['param' | 'body', string];
    const value = where === 'param' ? params[name] : fieldAt(body, name);
    return typeof value === 'string' ? value : undefined;
  }

  private async call(
    service: DownstreamService,
    method: string,
    path: string,
    request: FastifyRequest,
    body?: unknown,
  ): Promise<DownstreamAnswer> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      [CORRELATION_HEADER]: request.correlationId,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${this.urls.get(service)}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
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
    return { status: response.status, body: parsed };
  }
}
