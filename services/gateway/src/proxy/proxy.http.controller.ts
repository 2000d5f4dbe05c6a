import { Controller, Get, Inject, Req, Res, Type } from '@nestjs/common';
import {
  ApiBody,
  ApiExtension,
  ApiOperation,
  ApiParam,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Allow, PublicRoute } from '../access/access.decorator';
import { Delete, Patch, Post, Put } from '../http/change-routes';
import { ApiProblems, ApiZodQuery, jsonSchemaOf } from '../http/openapi-schema';
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
    route.path.includes(':') || (route.scope !== 'company' && route.scope.in !== 'query');
  return [
    ...(takesInput ? [400] : []),
    ...(reachesOneRecord ? [404] : []),
    ...(takesBody ? [409, 413, 422] : []),
    ...(route.problems ?? []),
    502,
    503,
  ].sort((a, b) => a - b);
}

/** The documented success: the route's response schema, a file, or "the service's answer". */
function successResponse(route: ProxiedRoute): MethodDecorator {
  const status = route.status ?? (route.method === 'POST' ? 201 : 200);
  const { response } = route;
  if (response && 'binary' in response) {
    return ApiResponse({
      status,
      description: 'a file',
      content: Object.fromEntries(
        response.binary.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
      ),
    });
  }
  const files = Object.fromEntries(
    (route.files ?? []).map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
  );
  return ApiResponse({
    status,
    description: `the ${route.service} service's answer`,
    content: {
      'application/json': {
        schema: response ? jsonSchemaOf(response) : { type: 'object', additionalProperties: true },
      },
      ...files,
    },
  });
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
      route.roles === 'public'
        ? PublicRoute()
        : Allow(route.roles, route.scope === 'company' ? 'company' : 'branch'),
      ApiOperation({
        summary: route.summary,
        description: [
          route.description,
          `Forwarded to the ${route.service} service: ${route.method} ${route.to}.`,
        ]
          .filter(Boolean)
          .join('\n\n'),
      }),
      ApiExtension('x-proxied-to', `${route.service} ${route.method} ${route.to}`),
      successResponse(route),
      ApiProblems(...proxiedProblems(route)),
      ...[...route.path.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g)].map(([, param]) => {
        const schema = route.params?.[param];
        return ApiParam({
          name: param,
          schema: schema ? jsonSchemaOf(schema) : { type: 'string' },
        });
      }),
      ...(route.query ? [ApiZodQuery(route.query)] : []),
      ...(route.method === 'GET' || route.method === 'DELETE'
        ? []
        : [
            ApiBody({
              description: `as the ${route.service} service takes it`,
              schema: route.body
                ? jsonSchemaOf(route.body)
                : { type: 'object', additionalProperties: true },
              ...(route.example === undefined
                ? {}
                : { examples: { example: { value: route.example } } }),
            }),
          ]),
    ];
    for (const decorate of decorators.reverse())
      decorate(ProxiedRoutes.prototype, name, descriptor);
    Object.defineProperty(ProxiedRoutes.prototype, name, descriptor);
  }
  return ProxiedRoutes;
}
