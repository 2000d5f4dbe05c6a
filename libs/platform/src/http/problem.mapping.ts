import { HttpException, HttpStatus } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { DomainError, Problem, problemType } from './problem';

// Slugs of plain HTTP answers that carry no more specific type.
const SLUG_BY_STATUS: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'body-too-large',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  422: 'unprocessable',
  429: 'too-many-requests',
  431: 'headers-too-large',
  503: 'unavailable',
};

/**
 * Any thrown thing → the problem document the client gets. Details of unexpected errors (5xx)
 * never reach the client (they may name tables or hosts); they are logged with the same
 * correlation id instead.
 */
export function problemFrom(error: unknown, instance: string, correlationId?: string): Problem {
  const base = { instance, ...(correlationId ? { correlationId } : {}) };
  if (error instanceof DomainError) {
    return {
      type: problemType(error.slug),
      title: error.title,
      status: error.status,
      ...(error.detail ? { detail: error.detail } : {}),
      ...base,
      ...(error.errors ? { errors: error.errors } : {}),
    };
  }
  const status = statusOf(error);
  if (status >= 500) return plain(status, base);
  const message = error instanceof HttpException ? messageOf(error) : (error as Error).message;
  return { ...plain(status, base), ...(message ? { detail: message } : {}) };
}

function plain(status: number, base: { instance: string; correlationId?: string }): Problem {
  return {
    type: problemType(SLUG_BY_STATUS[status] ?? (status >= 500 ? 'internal' : 'bad-request')),
    title: STATUS_CODES[status] ?? 'Error',
    status,
    ...base,
  };
}

/** DomainError, HttpException, or an error Fastify raised with its statusCode (too large, bad JSON…). */
export function statusOf(error: unknown): number {
  if (error instanceof DomainError) return error.status;
  if (error instanceof HttpException) return error.getStatus();
  const code = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof code === 'number' && code >= 400 && code < 600
    ? code
    : HttpStatus.INTERNAL_SERVER_ERROR;
}

function messageOf(error: HttpException): string | undefined {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' && message !== STATUS_CODES[error.getStatus()]
    ? message
    : undefined;
}
