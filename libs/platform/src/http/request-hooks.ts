import type { FastifyInstance } from 'fastify';
import {
  CORRELATION_HEADER,
  correlationIdFrom,
  currentCorrelationId,
  runWithCorrelationId,
} from '../logging/correlation';
import type { ServiceLogger } from '../logging/service-logger';
import type { HttpMetrics } from '../metrics/http-metrics';
import { PROBE_PATHS } from './paths';

declare module 'fastify' {
  interface FastifyRequest {
    correlationId: string;
  }
}

/**
 * Gives every request a correlation id (the caller's `x-correlation-id`, or a new one), echoes
 * it in the response, and on completion writes one log line and one histogram observation.
 * While the server closes, responses also end their keep-alive connections.
 */
export function installRequestHooks(
  app: FastifyInstance,
  logger: ServiceLogger,
  metrics: HttpMetrics,
): void {
  app.decorateRequest('correlationId', '');

  app.addHook('onRequest', (request, reply, done) => {
    request.correlationId = correlationIdFrom(request.headers[CORRELATION_HEADER]);
    reply.header(CORRELATION_HEADER, request.correlationId);
    runWithCorrelationId(request.correlationId, done);
  });

  // Body parsing resumes on stream callbacks that may have left the onRequest scope;
  // re-entering just before the handler keeps the id for everything the handler does. A request
  // without a body is still in that scope, and entering it again would only cost time.
  app.addHook('preHandler', (request, _reply, done) => {
    if (currentCorrelationId() === request.correlationId) done();
    else runWithCorrelationId(request.correlationId, done);
  });

  // A keep-alive connection holds server.close() until its idle timeout (72 s), long past the
  // shutdown deadline. Responses finished while closing therefore end their connection.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    if (closing && request.raw.httpVersionMajor < 2) reply.header('connection', 'close');
    done(null, payload);
  });

  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const ms = Math.round(reply.elapsedTime * 10) / 10;
    metrics.observe({
      method: request.method,
      route,
      statusCode: reply.statusCode,
      seconds: ms / 1000,
    });
    const line = {
      correlationId: request.correlationId,
      method: request.method,
      url: request.url,
      status: reply.statusCode,
      ms,
    };
    if (PROBE_PATHS.has(route) && reply.statusCode < 500) logger.debug(line, 'request');
    else logger.info(line, 'request');
    done();
  });
}
