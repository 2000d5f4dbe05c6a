import { Writable } from 'node:stream';
import fastify, { FastifyInstance } from 'fastify';
import { CORRELATION_HEADER, currentCorrelationId } from '../logging/correlation';
import { NestPinoLogger } from '../logging/nest-logger.adapter';
import { createServiceLogger } from '../logging/service-logger';
import { HttpMetrics } from '../metrics/http-metrics';
import { installRequestHooks } from './request-hooks';

// A bare Fastify with the platform's hooks, no Nest. Driven over loopback: Fastify's inject()
// needs light-my-request, whose `cookie` dependency is ESM-only and not transpiled by the preset.
const openApps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(openApps.splice(0).map((app) => app.close()));
});

async function call(app: FastifyInstance, path: string, init: RequestInit = {}) {
  const { port } = app.server.address() as { port: number };
  return fetch(`http://127.0.0.1:${port}${path}`, init);
}

async function appWithHooks() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(JSON.parse(String(chunk)));
      callback();
    },
  });
  const logger = createServiceLogger({ service: 'test', level: 'debug', destination });
  const metrics = new HttpMetrics('test');
  const app: FastifyInstance = fastify();
  installRequestHooks(app, logger, metrics);
  const nestLogger = new NestPinoLogger(logger);
  app.get('/customers/:id', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    nestLogger.log('looking the customer up', 'CustomerLookup');
    return { seenCorrelationId: currentCorrelationId() };
  });
  app.post('/quotes', async (request) => ({
    seenCorrelationId: currentCorrelationId(),
    body: request.body,
  }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  openApps.push(app);
  return { app, lines, metrics };
}

describe('correlation id and request logging', () => {
  it('adopts the caller’s x-correlation-id, echoes it, and stamps every log line of the request', async () => {
    const { app, lines } = await appWithHooks();
    const response = await call(app, '/customers/42', {
      headers: { [CORRELATION_HEADER]: 'call-7f3a' },
    });
    expect(response.headers.get(CORRELATION_HEADER)).toBe('call-7f3a');
    expect(await response.json()).toEqual({ seenCorrelationId: 'call-7f3a' });
    const handlerLine = lines.find((l) => l.msg === 'looking the customer up');
    expect(handlerLine).toMatchObject({
      correlationId: 'call-7f3a',
      context: 'CustomerLookup',
      service: 'test',
      level: 'info',
    });
  });

  it('keeps the id through body parsing', async () => {
    const { app } = await appWithHooks();
    const response = await call(app, '/quotes', {
      method: 'POST',
      body: JSON.stringify({ lane: 'SH-GZ' }),
      headers: { [CORRELATION_HEADER]: 'q-1', 'content-type': 'application/json' },
    });
    expect(await response.json()).toEqual({ seenCorrelationId: 'q-1', body: { lane: 'SH-GZ' } });
  });

  it('generates an id when the caller sends none or an unusable one', async () => {
    const { app } = await appWithHooks();
    const none = await call(app, '/customers/1');
    const hostile = await call(app, '/customers/1', {
      headers: { [CORRELATION_HEADER]: '{"level":"fatal"} <script>' },
    });
    for (const response of [none, hostile]) {
      const echoed = response.headers.get(CORRELATION_HEADER);
      expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
      expect(((await response.json()) as { seenCorrelationId: string }).seenCorrelationId).toBe(
        echoed,
      );
    }
  });

  it('writes one line per request and observes its duration by route pattern', async () => {
    const { app, lines, metrics } = await appWithHooks();
    await (await call(app, '/customers/42', { headers: { [CORRELATION_HEADER]: 'r-1' } })).text();
    await (await call(app, '/nowhere')).text();
    const requestLines = lines.filter((l) => l.msg === 'request');
    expect(requestLines).toHaveLength(2);
    expect(requestLines[0]).toMatchObject({
      correlationId: 'r-1',
      method: 'GET',
      url: '/customers/42',
      status: 200,
    });
    expect(typeof requestLines[0].ms).toBe('number');
    const { body } = await metrics.exposition();
    expect(body).toContain(
      'http_request_duration_seconds_count{service="test",method="GET",route="/customers/:id",status_code="200"} 1',
    );
    expect(body).toContain('route="unmatched",status_code="404"');
  });

  it('sends Nest’s own error logs as JSON with the stack as a field', () => {
    const lines: Record<string, unknown>[] = [];
    const destination = new Writable({
      write: (c, _e, cb) => (lines.push(JSON.parse(String(c))), cb()),
    });
    const nestLogger = new NestPinoLogger(
      createServiceLogger({ service: 'test', level: 'info', destination }),
    );
    // what `new Logger('ExceptionsHandler').error(message, stack)` hands to the app's logger
    nestLogger.error('boom', 'Error: boom\n    at handler (x.ts:1:1)', 'ExceptionsHandler');
    expect(lines[0]).toMatchObject({
      level: 'error',
      msg: 'boom',
      context: 'ExceptionsHandler',
      stack: expect.stringContaining('at handler'),
    });
  });
});
