import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError } from './problem';

/**
 * Who is acting, as the gateway verified them (x-actor-* headers on the internal call): what a
 * service records as "who" (history, steps, assignments, audit) and what its rules check
 * (an agent's authority, the approver's role). Services trust these headers because only the
 * gateway reaches their internal port.
 */
export interface Actor {
  userId: string;
  username: string;
  role: string;
  branch: string;
}

export class ActorMissing extends DomainError {
  constructor() {
    super(
      400,
      'actor-missing',
      'this route needs the acting user (x-actor-* headers from the gateway)',
    );
  }
}

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** The actor of a request, or undefined when the gateway sent none (a public route). */
export function actorOf(request: FastifyRequest): Actor | undefined {
  const userId = header(request, 'x-actor-id');
  const name = header(request, 'x-actor-name');
  const role = header(request, 'x-actor-role');
  const branch = header(request, 'x-actor-branch');
  if (!userId || !name || !role || !branch) return undefined;
  let username: string;
  try {
    username = decodeURIComponent(name);
  } catch {
    username = name;
  }
  return { userId, username, role, branch };
}

/**
 * `@CurrentActor() actor: Actor` in a service's HTTP controller: the signed-in user the gateway
 * forwarded (400 when absent); `@CurrentActor({ optional: true })` for routes that also serve
 * public callers.
 */
export const CurrentActor = createParamDecorator(
  (options: { optional?: boolean } | undefined, context: ExecutionContext): Actor | undefined => {
    const actor = actorOf(context.switchToHttp().getRequest<FastifyRequest>());
    if (!actor && !options?.optional) throw new ActorMissing();
    return actor;
  },
);
