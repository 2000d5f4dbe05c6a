import { CanActivate, ExecutionContext, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost, Reflector } from '@nestjs/core';
import { DomainError, HEALTH_PATHS, InjectServiceConfig, METRICS_PATH } from '@freight/platform';
import '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AccessTokenVerifier, TokenRejected } from '../auth/access-token.verifier';
import { StreamTickets } from '../auth/stream-tickets';
import { TokenEpochs } from '../auth/token-epochs';
import type { GatewayConfig } from '../config';
import { ACCESS_POLICY, STREAM_TICKET } from './access.decorator';
import { AccessPolicy, decideAccess } from './access.rules';
import type { Principal } from './principal';

// The platform's operational endpoints are not part of the API and carry no declaration.
const PLATFORM_PATHS = new Set<string>([HEALTH_PATHS.live, HEALTH_PATHS.ready, METRICS_PATH]);

class Unauthenticated extends DomainError {
  constructor(readonly reason: string) {
    super(HttpStatus.UNAUTHORIZED, 'unauthenticated', 'a valid bearer access token is required', {
      title: 'Unauthorized',
    });
  }
}

class Forbidden extends DomainError {
  constructor(readonly reason: string) {
    super(HttpStatus.FORBIDDEN, 'forbidden', 'your role may not use this route', {
      title: 'Forbidden',
    });
  }
}

class UserRateLimited extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(
      HttpStatus.TOO_MANY_REQUESTS,
      'too-many-requests',
      `rate limit for your account reached; retry in ${retryAfterSeconds} s`,
      { title: 'Too Many Requests' },
    );
  }
}

type UserLimiter = ReturnType<FastifyInstance['createRateLimit']>;

/**
 * R41 on every route: authenticate the bearer token, apply the per-user rate limit, and check
 * the route's declared roles. Fails closed: a route that declares nothing answers 403.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');
  private userLimiter?: UserLimiter;

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: AccessTokenVerifier,
    private readonly tickets: StreamTickets,
    private readonly epochs: TokenEpochs,
    private readonly adapterHost: HttpAdapterHost,
    @InjectServiceConfig() private readonly config: GatewayConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (PLATFORM_PATHS.has(request.routeOptions.url ?? '')) return true;
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (policy?.kind === 'roles') {
      const ticketed = this.reflector.get<boolean | undefined>(STREAM_TICKET, context.getHandler());
      request.principal =
        ticketed && request.headers.authorization === undefined
          ? await this.redeemTicket(request)
          : await this.authenticate(request);
    }
    const decision = decideAccess(policy, request.principal);
    if (decision === 'undeclared') {
      this.logger.error({
        msg: 'route declares no access policy: refused',
        route: request.routeOptions.url,
      });
      throw new Forbidden('route-without-declaration');
    }
    if (decision === 'forbidden') throw new Forbidden('role-not-allowed');
    if (request.principal) await this.limitPerUser(request, context.switchToHttp().getResponse());
    return true;
  }

  private async authenticate(request: FastifyRequest): Promise<Principal> {
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(request.headers.authorization ?? '');
    if (!match) throw new Unauthenticated('no-bearer-token');
    let verified;
    try {
      verified = await this.verifier.verifyToken(match[1]);
    } catch (error) {
      if (!(error instanceof TokenRejected)) throw error;
      this.logger.warn({ msg: 'bearer token refused', why: error.message });
      throw new Unauthenticated(`token-refused: ${error.message}`);
    }
    // A role change, a disable, a password reset or "revoke sessions" since it was issued.
    const { principal, epoch } = verified;
    if (epoch !== undefined && (await this.epochs.current(principal.userId)) !== epoch) {
      this.logger.warn({ msg: 'bearer token refused', why: 'revoked', userId: principal.userId });
      throw new Unauthenticated('token-revoked');
    }
    return principal;
  }

  /** `?ticket=` on a route that accepts one (EventSource cannot send headers): single use. */
  private async redeemTicket(request: FastifyRequest): Promise<Principal> {
    const ticket = (request.query as Record<string, unknown> | undefined)?.ticket;
    if (typeof ticket !== 'string' || !/^[A-Za-z0-9_-]{20,100}$/.test(ticket))
      throw new Unauthenticated('no-bearer-token-or-ticket');
    const principal = await this.tickets.redeem(ticket);
    if (!principal) throw new Unauthenticated('ticket-refused');
    return principal;
  }

  /** Per account, on top of the per-IP limit: one user cannot starve a shared office address. */
  private async limitPerUser(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    this.userLimiter ??= (
      this.adapterHost.httpAdapter.getInstance() as FastifyInstance
    ).createRateLimit({
      max: this.config.RATE_LIMIT_PER_USER,
      timeWindow: this.config.RATE_LIMIT_WINDOW_MS,
      keyGenerator: (limited) => `user:${limited.principal?.issuer}:${limited.principal?.userId}`,
    });
    const limit = await this.userLimiter(request);
    if (limit.isAllowed || !limit.isExceeded) return;
    const retryAfter = limit.ttlInSeconds;
    reply.header('retry-after', String(retryAfter));
    throw new UserRateLimited(retryAfter);
  }
}
