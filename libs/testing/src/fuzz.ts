import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { HttpClient } from './http-client';

// Issue 19, item 4: throw what careless partners and strangers send at every route — malformed
// ids, absurd durations and dates, unicode, huge numbers, NUL bytes, odd JSON — and find any
// answer of 500 or more. A service must refuse bad input (400/404/409/422), never fail on it.

/** Path and query values: each one a way input has broken a service before. */
export const FUZZ_VALUES = [
  '%00',
  'a%00b',
  '%ff',
  'P99999999Y',
  'PT99999999999H',
  '-1',
  '0',
  '1e309',
  '99999999999999999999999999',
  '2025-02-30',
  '9999-99-99T99:99:99Z',
  '%F0%9F%92%A5',
  '%E2%80%AE%E4%B8%8A%E6%B5%B7',
  "'%20OR%201%3D1%20--",
  '..%2F..%2Fetc%2Fpasswd',
  'x'.repeat(190),
];

/** JSON bodies of the wrong kind, size or shape. */
export const FUZZ_BODIES: unknown[] = [
  {},
  [],
  'text',
  null,
  { id: '\u0000' },
  { amount: 1e308, count: -1, weightKg: Number.MAX_SAFE_INTEGER * 10, date: '2025-13-45' },
  { name: '💥'.repeat(500), branch: 'SH01', code: '%00' },
  { a: { b: { c: { d: { e: { f: { g: [[[[[]]]]] } } } } } } },
];

/** Common query names list routes take: each gets every fuzz value. */
const FUZZ_QUERIES = [
  'limit',
  'cursor',
  'date',
  'from',
  'to',
  'month',
  'branch',
  'status',
  'q',
  'format',
];

export interface RouteOfApp {
  method: string;
  /** Nest syntax, with `:params` */
  path: string;
}

/** A controller route of an app, with its controller and handler (for their metadata). */
export interface ControllerRoute extends RouteOfApp {
  controller: string;
  handler: object;
}

const PLATFORM_CONTROLLERS = new Set(['HealthController', 'MetricsController']);

/** Every HTTP route of an app's controllers (the platform's probes aside), read from Nest's container. */
export function controllerRoutes(app: NestFastifyApplication): ControllerRoute[] {
  const routes: ControllerRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new () => object) | undefined;
      if (!type || PLATFORM_CONTROLLERS.has(type.name)) continue;
      const base = String(Reflect.getMetadata('path', type) ?? '');
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || Reflect.getMetadata('method', handler) === undefined)
          continue;
        const path = [base, String(Reflect.getMetadata('path', handler) ?? '')]
          .flatMap((p) => p.split('/'))
          .filter(Boolean)
          .join('/');
        const method = RequestMethod[Reflect.getMetadata('method', handler) as number];
        routes.push({ method, path: `/${path}`, controller: type.name, handler });
      }
    }
  }
  return routes;
}

/** Every HTTP route of an app: method and path. */
export function routesOf(app: NestFastifyApplication): RouteOfApp[] {
  return controllerRoutes(app).map(({ method, path }) => ({ method, path }));
}

export interface FuzzFailure {
  method: string;
  path: string;
  body?: unknown;
  status: number;
}

/**
 * Sends every fuzz value at every route (in each path parameter, in the common query names,
 * and every fuzz body to the routes that take one), with `headers` (a token, actor headers),
 * and returns the requests answered 500 or more — expected: none. Streams are skipped.
 */
export async function fuzzRoutes(
  http: HttpClient,
  routes: RouteOfApp[],
  headers: Record<string, string> = {},
  options: {
    skip?: (route: RouteOfApp) => boolean;
    /** statuses that are not the route's fault here (502/503 from a stand-in behind a gateway) */
    tolerate?: number[];
    /** requests in flight at once; default 8 */
    concurrency?: number;
  } = {},
): Promise<FuzzFailure[]> {
  const attempts = routes
    .filter((route) => !options.skip?.(route))
    .flatMap((route) => attemptsFor(route).map((attempt) => ({ route, ...attempt })));
  const failures: FuzzFailure[] = [];
  let next = 0;
  const worker = async () => {
    while (next < attempts.length) {
      const { route, path, body } = attempts[next++];
      const answer = await http(route.method, path, {
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      }).catch(() => ({ status: 599 }));
      if (answer.status >= 500 && !options.tolerate?.includes(answer.status)) {
        failures.push({ method: route.method, path, body, status: answer.status });
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  return failures;
}

/**
 * The requests of one route: each fuzz value in every path parameter, each in the common query
 * names, and (routes taking a body) each fuzz body at a plain path — about 40 a route.
 */
function attemptsFor(route: RouteOfApp): { path: string; body?: unknown }[] {
  const plain = route.path.replace(/:[A-Za-z_]\w*/g, 'x1');
  const attempts: { path: string; body?: unknown }[] = [];
  for (const value of FUZZ_VALUES) {
    if (route.path.includes(':'))
      attempts.push({ path: route.path.replace(/:[A-Za-z_]\w*/g, value) });
    attempts.push({ path: `${plain}?${FUZZ_QUERIES.map((name) => `${name}=${value}`).join('&')}` });
  }
  if (['POST', 'PUT', 'PATCH'].includes(route.method)) {
    attempts.push(...FUZZ_BODIES.map((body) => ({ path: plain, body })));
  }
  return attempts;
}
