import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { controllerRoutes } from '@freight/testing';
import { ACCESS_POLICY } from '../src/access/access.decorator';
import type { AccessPolicy } from '../src/access/access.rules';

// Nest's own metadata key for @UseInterceptors (a stable public constant).
const INTERCEPTORS = '__interceptors__';

export interface DeclaredRoute {
  route: string;
  controller: string;
  policy: AccessPolicy | undefined;
  /** the names of the interceptors bound to the route, outermost first */
  interceptors: string[];
}

/** Every HTTP route of the app's controllers, with its access declaration and interceptors. */
export function declaredRoutes(app: NestFastifyApplication): DeclaredRoute[] {
  return controllerRoutes(app)
    .map(({ method, path, controller, handler }) => ({
      route: `${method} ${path}`,
      controller,
      policy: Reflect.getMetadata(ACCESS_POLICY, handler) as AccessPolicy | undefined,
      interceptors: ((Reflect.getMetadata(INTERCEPTORS, handler) ?? []) as { name: string }[]).map(
        (i) => i.name,
      ),
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}
