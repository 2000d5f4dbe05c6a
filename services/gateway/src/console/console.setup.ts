import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { GatewayConfig } from '../config';

/** Where the agent console is served: the same origin as /api/v1, so no CORS (issue 26). */
export const CONSOLE_PATH = '/console/';

const hasIndex = (dir: string) => existsSync(join(dir, 'index.html'));

/**
 * The built console (`apps/console/dist`, made by `npm start` or `npm run build -w apps/console`):
 * CONSOLE_DIR when set, else the checkout's, found upwards from this file (it runs from
 * services/gateway/src under Jest and from dist/services/gateway/src under npm start).
 */
export function consoleDirectory(config: Pick<GatewayConfig, 'CONSOLE_DIR'>, from = __dirname) {
  if (config.CONSOLE_DIR)
    return hasIndex(config.CONSOLE_DIR) ? resolve(config.CONSOLE_DIR) : undefined;
  for (let dir = from; dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'console', 'dist');
    if (hasIndex(candidate)) return candidate;
  }
  return undefined;
}

// Vite names built assets by content hash: they never change, so browsers keep them (also when
// the .br or .gz copy is the file sent).
const IMMUTABLE = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.\w+(\.br|\.gz)?$/;

/**
 * Serves the console's files at /console/ when a build exists (nothing otherwise: the API works
 * without it). Every path under /console/ that is not a file and has no extension is one of the
 * console's own pages: index.html answers it, and the console's router shows the page. `/` and
 * `/console` lead to /console/. The gateway's security headers (CSP: scripts from 'self' only)
 * apply here as everywhere; the build has no inline script.
 */
export async function serveConsole(
  app: NestFastifyApplication,
  config: Pick<GatewayConfig, 'CONSOLE_DIR'>,
): Promise<boolean> {
  const root = consoleDirectory(config);
  const logger = new Logger('Console');
  if (!root) {
    logger.log('no console build (apps/console/dist): /console/ is not served');
    return false;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: CONSOLE_PATH,
    // one route per file, found now: anything else under /console/ falls to the page route below
    wildcard: false,
    index: false,
    // the build's .br and .gz copies, for browsers that accept them (apps/console/vite.config.ts)
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) =>
      reply.header(
        'cache-control',
        IMMUTABLE.test(path.split('\\').join('/'))
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      ),
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get(`${CONSOLE_PATH}*`, (request, reply) => {
    const last = request.url.split('?')[0].split('/').pop() ?? '';
    if (/\.[A-Za-z0-9]+$/.test(last))
      return reply
        .code(404)
        .type('application/problem+json')
        .send({ type: 'urn:freight:problem:not-found', title: 'Not Found', status: 404 });
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
  });
  fastify.get(CONSOLE_PATH, (_request, reply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html', root),
  );
  fastify.get('/console', (_request, reply) => reply.redirect(CONSOLE_PATH));
  fastify.get('/', (_request, reply) => reply.redirect(CONSOLE_PATH));
  logger.log(`console served at ${CONSOLE_PATH} from ${root}`);
  return true;
}
