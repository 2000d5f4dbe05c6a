import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { mergeMap, Observable } from 'rxjs';
import { AuditTrail } from './audit-trail';

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Records every successful change before its answer leaves: if the audit row cannot be
 * written, the caller gets an error rather than an unaudited success.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditTrail) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    if (!CHANGES.has(request.method)) return next.handle();
    return next.handle().pipe(
      mergeMap(async (result: unknown) => {
        const created = (result as { id?: unknown } | undefined)?.id;
        await this.audit.record(request, {
          outcome: 'succeeded',
          status: reply.statusCode,
          target: typeof created === 'string' ? created : undefined,
        });
        return result;
      }),
    );
  }
}
