import { Injectable } from '@nestjs/common';
import { fieldProblems, ValidationProblem } from '@freight/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { branchFilter, canReachBranch } from '../access/access.rules';
import type { Principal } from '../access/principal';
import { OutOfBranchScope } from '../http/gateway.errors';
import type { ProxiedRoute } from './proxied-route';
import { BadGateway, fieldAt, fillPath } from './proxy.rules';
import { ServiceClient } from './service-client';

/**
 * Runs one proxied route (routes/<service>.routes.ts) after the guard has checked the role:
 * path, query and body validated against the route's schemas, branch scope before and after
 * (forced into the service's query for lists), the call with the correlation id and the actor,
 * and the service's refusals as the caller's problems (down → 503, failing → 502).
 */
@Injectable()
export class ProxyForwarder {
  constructor(private readonly services: ServiceClient) {}

  async forward(
    route: ProxiedRoute,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<unknown> {
    const principal = request.principal;
    const params = this.paramsOf(route, request);
    const query = this.queryOf(route, request);
    const body = this.bodyOf(request);
    if (route.target) request.auditTarget = this.targetOf(route.target, params, body);
    const scope = route.scope;
    const call = {
      correlationId: request.correlationId,
      principal,
      accept: request.headers.accept,
    };

    if (principal && scope !== 'company') {
      if (scope.in === 'path') this.mustReach(principal, params[scope.param]);
      if (scope.in === 'body') this.scopeBody(principal, body, scope.field);
      if (scope.in === 'query') {
        const own = branchFilter(principal);
        if (own !== null) query.set(scope.param, own);
      }
      if (scope.in === 'record-at') {
        const record = await this.services.getJson(
          route.service,
          fillPath(scope.path, params),
          call,
        );
        this.mustReach(principal, fieldAt(record, scope.field));
      }
    }
    this.validateBody(route, body);

    const path = fillPath(route.to, params) + (query.size > 0 ? `?${query}` : '');
    const answer = await this.services.call(route.service, path, {
      ...call,
      method: route.method,
      body,
    });
    reply.status(answer.status);
    if (answer.kind === 'file') {
      reply.header('content-type', answer.contentType);
      if (answer.disposition) reply.header('content-disposition', answer.disposition);
      return answer.bytes;
    }
    if (principal && scope !== 'company' && scope.in === 'record')
      this.mustReach(principal, fieldAt(answer.body, scope.field));
    if (principal && scope !== 'company' && scope.in === 'query')
      this.checkItems(route, principal, answer.body, scope.itemField);
    return answer.body;
  }

  private mustReach(principal: Principal, branch: unknown): void {
    if (typeof branch !== 'string' || !canReachBranch(principal, branch))
      throw new OutOfBranchScope();
  }

  /** A body naming a branch: another branch's is refused; a branch user's own is filled in. */
  private scopeBody(principal: Principal, body: unknown, field: string): void {
    if (body === null || typeof body !== 'object') return;
    const branch = fieldAt(body, field);
    if (branch === undefined && !field.includes('.') && branchFilter(principal) !== null) {
      (body as Record<string, unknown>)[field] = principal.branch;
      return;
    }
    // not a string: the validation answers it
    if (typeof branch === 'string') this.mustReach(principal, branch);
  }

  /** Defence in depth: a branch user's list holds only their branch, or it is not shown. */
  private checkItems(
    route: ProxiedRoute,
    principal: Principal,
    body: unknown,
    itemField: string,
  ): void {
    const items = (body as { items?: unknown })?.items;
    if (!Array.isArray(items)) return;
    const own = branchFilter(principal);
    if (own !== null && items.some((item) => fieldAt(item, itemField) !== own))
      throw new BadGateway(route.service);
  }

  private queryOf(route: ProxiedRoute, request: FastifyRequest): URLSearchParams {
    const given = (request.query ?? {}) as Record<string, unknown>;
    if (!route.query) {
      const unknown = Object.keys(given).map((field) => ({ field, message: 'unknown field' }));
      if (unknown.length > 0) throw new ValidationProblem(unknown, 'query');
      return new URLSearchParams();
    }
    const problems = Object.entries(given)
      .filter(([, value]) => typeof value !== 'string')
      .map(([field]) => ({ field, message: 'expected one value' }));
    if (problems.length > 0) throw new ValidationProblem(problems, 'query');
    const result = route.query.safeParse(given);
    if (!result.success) throw new ValidationProblem(fieldProblems(result.error), 'query');
    // forwarded as the caller wrote it (the service parses it again); only what passed
    return new URLSearchParams(given as Record<string, string>);
  }

  private paramsOf(route: ProxiedRoute, request: FastifyRequest): Record<string, string> {
    const params = { ...(request.params as Record<string, string> | undefined) };
    const problems = [];
    for (const [name, schema] of Object.entries(route.params ?? {})) {
      const result = schema.safeParse(params[name] ?? '');
      if (result.success) params[name] = result.data;
      else problems.push(...fieldProblems(result.error, name));
    }
    if (problems.length > 0) throw new ValidationProblem(problems, 'path');
    return params;
  }

  /** A copy of the caller's body (the branch may be filled in); none for reads. */
  private bodyOf(request: FastifyRequest): unknown {
    if (request.method === 'GET' || request.method === 'DELETE') return undefined;
    const body = request.body ?? {};
    return body !== null && typeof body === 'object' && !Array.isArray(body) ? { ...body } : body;
  }

  /** The route's body schema, checked here: a bad body never reaches the service. */
  private validateBody(route: ProxiedRoute, body: unknown): void {
    if (!route.body || body === undefined) return;
    const result = route.body.safeParse(body);
    if (!result.success) throw new ValidationProblem(fieldProblems(result.error), 'body');
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
}
