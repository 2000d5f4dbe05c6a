import type { FastifyInstance } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { Problem, problemType } from './problem';

/**
 * The API speaks JSON only (issue 19, item 2): Fastify's own JSON parser, under the app's body
 * limit, and no other. A body of any other type (a form, text, XML) is refused with 415 before
 * a handler sees it; Fastify's text parser is removed, and Nest adds no form parser
 * (serviceAppOptions: bodyParser false).
 */
export function installJsonOnly(app: FastifyInstance): void {
  app.removeContentTypeParser('text/plain');
}

/**
 * Fastify's router errors (a malformed URL such as `/x/%ff`) answered as problem+json, as every
 * other error is, instead of Fastify's own error body.
 */
export function problemForFrameworkError(
  error: { code?: string; message: string },
  url: string,
): Problem {
  return {
    type: problemType('bad-request'),
    title: STATUS_CODES[400]!,
    status: 400,
    detail:
      error.code === 'FST_ERR_BAD_URL'
        ? 'the URL is not valid (malformed percent-encoding)'
        : error.message,
    instance: url.length > 200 ? `${url.slice(0, 200)}…` : url,
  };
}
