import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { ApiProblems } from '../http/openapi-schema';
import { ROLES, Role } from '../users/roles';
import type { AccessPolicy } from './access.rules';

export const ACCESS_POLICY = 'freight:access-policy';

/** Every role: for routes any signed-in member of staff may use (their own profile…). */
export const ANY_ROLE: readonly Role[] = ROLES;

/**
 * R41: declares who may call a route and whether its records are branch-scoped. Also writes
 * the declaration into the OpenAPI document (`x-roles`, `x-branch-scope`), so the published
 * contract and the enforced rule come from the same line.
 */
export function Allow(roles: readonly Role[], scope: 'branch' | 'company'): MethodDecorator {
  const policy: AccessPolicy = { kind: 'roles', roles, scope };
  return applyDecorators(
    SetMetadata(ACCESS_POLICY, policy),
    ApiBearerAuth('bearer'),
    ApiExtension('x-roles', [...roles]),
    ApiExtension('x-branch-scope', scope),
    ApiProblems(401, 403, 429),
  );
}

/** A route anyone may call without a token (sign-in, token refresh). Declared, never implied. */
export function PublicRoute(): MethodDecorator {
  const policy: AccessPolicy = { kind: 'public' };
  // the per-IP limit still applies
  return applyDecorators(
    SetMetadata(ACCESS_POLICY, policy),
    ApiExtension('x-roles', 'public'),
    ApiProblems(429),
  );
}

export const STREAM_TICKET = 'freight:stream-ticket';

/**
 * On an @Allow route a browser opens with EventSource (no headers): a single-use `?ticket=`
 * from POST /api/v1/live/tickets stands in for the bearer token. Only where declared.
 */
export function AcceptsStreamTicket(): MethodDecorator {
  return applyDecorators(
    SetMetadata(STREAM_TICKET, true),
    ApiExtension(
      'x-stream-ticket',
      'query parameter `ticket` from POST /api/v1/live/tickets, instead of the Authorization header',
    ),
  );
}
