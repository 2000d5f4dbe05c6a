import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ACCESS_POLICY } from '../src/access/access.decorator';
import type { AccessPolicy } from '../src/access/access.rules';

// Nest's own metadata keys for @Controller paths, route methods and @UseInterceptors (stable
// public constants).
const PATH = 'path';
const METHOD = 'method';
const INTERCEPTORS = '__interceptors__';
// The platform's operational controllers: not part of the API, exempt from declarations.
const PLATFORM_CONTROLLERS = new Set(['HealthController', 'MetricsController']);

export interface DeclaredRoute {
  route: string;
  controller: string;
  policy: AccessPolicy | undefined;
  /** the names of the interceptors bound to the route, outermost first */
  interceptors: string[];
}

/** Every HTTP route of the app's controllers, read from Nest's container, with its declaration. */
export function declaredRoutes(app: NestFastifyApplication): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new () => object) | undefined;
      if (!type || PLATFORM_CONTROLLERS.has(type.name)) continue;
      const base = String(Reflect.getMetadata(PATH, type) ?? '');
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(METHOD, handler) === undefined)
          continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD, handler) as number];
        const path = [base, String(Reflect.getMetadata(PATH, handler) ?? '')]
          .flatMap((p) => p.split('/'))
          .filter(Boolean)
          .join('/');
        const interceptors = (Reflect.getMetadata(INTERCEPTORS, handler) ?? []) as {
          name: string;
        }[];
        routes.push({
          route: `${method} /${path}`,
          controller: type.name,
          policy: Reflect.getMetadata(ACCESS_POLICY, handler),
          interceptors: interceptors.map((i) => i.name),
        });
      }
    }
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}
