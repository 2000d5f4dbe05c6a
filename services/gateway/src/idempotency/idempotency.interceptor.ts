import { DomainError, ValidationProblem } from '@freight/platform';
import {
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  NestInterceptor,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, Observable, of } from 'rxjs';
import { decideReplay, IDEMPOTENCY_KEY_FORMAT, requestFingerprint } from './idempotency.rules';
import { IdempotencyStore } from './idempotency.store';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/**
 * Idempotency-Key on every POST of a signed-in caller: the same key with the same body gets
 * the first answer again (header `idempotent-replayed: true`), with another body 422, while the
 * first is still running 409. Keys are per caller, so one user cannot replay another's answer.
 * Sign-in and token routes are public and excluded: their answers are credentials, never stored.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (request.method !== 'POST' || !request.principal || key === undefined) return next.handle();
    if (typeof key !== 'string' || !IDEMPOTENCY_KEY_FORMAT.test(key)) {
      throw new ValidationProblem(
        [{ field: IDEMPOTENCY_HEADER, message: 'expected 8–200 printable ASCII characters' }],
        'path',
      );
    }
    const caller = `${request.principal.issuer}:${request.principal.userId}`;
    const fingerprint = requestFingerprint(request.method, request.url, request.body);
    return from(this.store.claim(caller, key, fingerprint)).pipe(
      mergeMap((earlier) => {
        if (!earlier) return this.firstAttempt(next, reply, caller, key);
        const decision = decideReplay(earlier, fingerprint);
        if (decision.kind === 'mismatch') {
          throw new DomainError(
            HttpStatus.UNPROCESSABLE_ENTITY,
            'idempotency-key-reused',
            'this key was used with a different request body',
            { title: 'Idempotency-Key reused' },
          );
        }
        if (decision.kind === 'in-progress') {
          throw new DomainError(
            HttpStatus.CONFLICT,
            'idempotency-key-in-progress',
            'the first request with this key has not finished yet',
            { title: 'Request in progress' },
          );
        }
        reply.status(decision.status).header('idempotent-replayed', 'true');
        return of(decision.body);
      }),
    );
  }

  private firstAttempt(
    next: CallHandler,
    reply: FastifyReply,
    caller: string,
    key: string,
  ): Observable<unknown> {
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        await this.store.complete(caller, key, reply.statusCode, body);
        return body;
      }),
      catchError(async (error: unknown) => {
        await this.store.release(caller, key);
        throw error;
      }),
    );
  }
}
