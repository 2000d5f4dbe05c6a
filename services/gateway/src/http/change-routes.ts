import {
  applyDecorators,
  Delete as NestDelete,
  Patch as NestPatch,
  Post as NestPost,
  NestInterceptor,
  Put as NestPut,
  Type,
  UseInterceptors,
} from '@nestjs/common';
import { AuditInterceptor } from '../audit/audit.interceptor';
import { IdempotencyInterceptor } from '../idempotency/idempotency.interceptor';

/*
 * The gateway's change routes: use these instead of Nest's own (lint forbids those in the
 * gateway). Every change goes through the audit trail (issue 5 item 5), every POST through the
 * Idempotency-Key replay first (item 4; outermost, so a replay is not audited as a second
 * change). Bound per route rather than globally so that reads skip both: an interceptor chain
 * costs every request Nest's rxjs plumbing, even when it lets the request through untouched
 * (docs/benchmarks.md, gateway). `declared-routes.ts` checks every change route carries them.
 */

type RouteDecorator = (path?: string | string[]) => MethodDecorator;

const through =
  (route: RouteDecorator, ...interceptors: Type<NestInterceptor>[]): RouteDecorator =>
  (path) =>
    applyDecorators(route(path), UseInterceptors(...interceptors));

export const Post = through(NestPost, IdempotencyInterceptor, AuditInterceptor);
export const Put = through(NestPut, AuditInterceptor);
export const Patch = through(NestPatch, AuditInterceptor);
export const Delete = through(NestDelete, AuditInterceptor);
