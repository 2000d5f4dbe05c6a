import { Controller, Get, Inject, Req, Res, Type } from '@nestjs/common';
import {
  ApiBody,
  ApiExtension,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Allow } from '../access/access.decorator';
import { Delete, Patch, Post, Put } from '../http/change-routes';
import { ApiProblems } from '../http/openapi-schema';
import type { ProxiedMethod, ProxiedRoute } from './proxied-route';
import { ProxyForwarder } from './proxy-forwarder';

const MAPPING: Record<ProxiedMethod, (path: string) => MethodDecorator> = {
  GET: Get,
  POST: Post,
  PUT: Put,
  PATCH: Patch,
  DELETE: Delete,
};

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The handler's name, which OpenAPI's operationId is built from, so it must differ per route:
 * `GET deadlines/:id/history` → `getDeadlinesByIdHistory`.
 */
export function handlerName(route: Pick<ProxiedRoute, 'method' | 'path'>): string {
  const words = route.path
    .split('/')
    .flatMap((segment) =>
      segment.startsWith(':')
        ? [`By${capitalised(segment.slice(1))}`]
        : segment.split('-').map(capitalised),
    );
  return route.method.toLowerCase() + words.join('');
}

/** What a proxied route can answer besides the service's own success (proxy.rules.ts). */
function proxiedProblems(route: ProxiedRoute): number[] {
  const takesBody = route.method !== 'GET' && route.method !== 'DELETE';
  const takesInput = takesBody || route.query !== undefined || route.path.includes(':');
  // another branch's record is answered like a missing one (R41); lists leave such items out
  const reachesOneRecord =
    route.path.includes(':') || (route.scope !== 'company' && route.scope.in !== 'items');
  return [
    ...(takesInput ? [400] : []),
    ...(reachesOneRecord ? [404] : []),
    ...(takesBody ? [409, 413, 422] : []),
    502,
    503,
  ];
}

/**
 * One Nest controller per service, its handlers generated from the route table: so the guard,
 * interceptors, filter, OpenAPI and the authorisation matrix see ordinary declared routes.
 */
export function proxyController(service: string, routes: readonly ProxiedRoute[]): Type {
  @ApiTags(service)
  @Controller('api/v1')
  class ProxiedRoutes {
    constructor(@Inject(ProxyForwarder) readonly forwarder: ProxyForwarder) {}
  }
  Object.defineProperty(ProxiedRoutes, 'name', { value: `Proxied${capitalised(service)}Routes` });

  for (const route of routes) {
    const name = handlerName(route);
    const handler = function (this: ProxiedRoutes, request: FastifyRequest, reply: FastifyReply) {
      return this.forwarder.forward(route, request, reply);
    };
    Object.defineProperty(handler, 'name', { value: name });
    Object.defineProperty(ProxiedRoutes.prototype, name, {
      value: handler,
      writable: true,
      configurable: true,
    });
    const descriptor = Object.getOwnPropertyDescriptor(ProxiedRoutes.prototype, name)!;
    Reflect.defineMetadata('design:paramtypes', [Object, Object], ProxiedRoutes.prototype, name);
    Req()(ProxiedRoutes.prototype, name, 0);
    Res({ passthrough: true })(ProxiedRoutes.prototype, name, 1);
    const decorators: MethodDecorator[] = [
      MAPPING[route.method](route.path),
      Allow(route.roles, route.scope === 'company' ? 'company' : 'branch'),
      ApiOperation({
        summary: route.summary,
        description: `Forwarded to the ${route.service} service: ${route.method} ${route.to}.`,
      }),
      ApiExtension('x-proxied-to', `${route.service} ${route.method} ${route.to}`),
      ApiResponse({
        status: '2XX',
        description: `the ${route.service} service's answer, passed through`,
        content: { 'application/json': { schema: { type: 'object', additionalProperties: true } } },
      }),
      ApiProblems(...proxiedProblems(route)),
      ...[...route.path.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g)].map(([, param]) =>
        ApiParam({ name: param, type: 'string' }),
      ),
      ...Object.entries(route.query ?? {}).map(([query, required]) =>
        ApiQuery({ name: query, required, type: 'string' }),
      ),
      ...(route.method === 'GET' || route.method === 'DELETE'
        ? []
        : [
            ApiBody({
              description: `as the ${route.service} service takes it`,
              schema: { type: 'object', additionalProperties: true },
            }),
          ]),
    ];
    for (const decorate of decorators.reverse())
      decorate(ProxiedRoutes.prototype, name, descriptor);
    Object.defineProperty(ProxiedRoutes.prototype, name, descriptor);
  }
  return ProxiedRoutes;
}
