import {
  applyDecorators,
  Delete as NestDelete,
  Patch as NestPatch,
  Post as NestPost,
  Put as NestPut,
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

export const Post = (path?: string | string[]): MethodDecorator =>
  applyDecorators(NestPost(path), UseInterceptors(IdempotencyInterceptor, AuditInterceptor));

export const Put = (path?: string | string[]): MethodDecorator =>
  applyDecorators(NestPut(path), UseInterceptors(AuditInterceptor));

export const Patch = (path?: string | string[]): MethodDecorator =>
  applyDecorators(NestPatch(path), UseInterceptors(AuditInterceptor));

export const Delete = (path?: string | string[]): MethodDecorator =>
  applyDecorators(NestDelete(path), UseInterceptors(AuditInterceptor));
