import { ValidationProblem } from '@freight/platform';
import { Controller, Get, HttpCode, Req, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OutgoingHttpHeaders } from 'node:http';
import { AcceptsStreamTicket, Allow, ANY_ROLE } from '../access/access.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { StreamTickets } from '../auth/stream-tickets';
import { Post } from '../http/change-routes';
import { ApiProblems } from '../http/openapi-schema';
import { LiveHub } from './live-hub';
import { lastEventIdOf } from './live.rules';

const STREAM_QUERY = new Set(['ticket', 'lastEventId']);

/**
 * Server-Sent Events of escalations for the caller's role and branch (issue 5 item 6, decision
 * 0021). `fetch` clients send the Authorization header; a browser's EventSource, which cannot,
 * first gets a single-use ticket and opens `/api/v1/live?ticket=…`.
 */
@ApiTags('live')
@Controller('api/v1/live')
export class LiveController {
  constructor(
    private readonly hub: LiveHub,
    private readonly tickets: StreamTickets,
  ) {}

  @Get()
  @Allow(ANY_ROLE, 'branch')
  @AcceptsStreamTicket()
  @ApiOperation({
    summary:
      'Live escalations for your role (your branch; every branch for HQ roles), as text/event-stream',
    description:
      'Each event: `id` (resume point), `event: escalation`, `data` JSON {id, kind, eventType, eventId, branch, role, occurredAt, data}. ' +
      'Reconnect with the `Last-Event-ID` header (EventSource does it) or `?lastEventId=` to get what you missed ' +
      '(at most LIVE_RETENTION_HOURS back, LIVE_REPLAY_MAX_EVENTS events), in order, once. A `: heartbeat` comment comes every ' +
      'LIVE_HEARTBEAT_MS; the server ends a stream after LIVE_MAX_STREAM_SECONDS — reconnect with a fresh ticket or token.',
  })
  @ApiProduces('text/event-stream')
  @ApiHeader({
    name: 'last-event-id',
    required: false,
    description: 'the id of the last event you received',
  })
  @ApiQuery({
    name: 'ticket',
    required: false,
    description:
      'single-use ticket from POST /api/v1/live/tickets, instead of the Authorization header',
  })
  @ApiQuery({
    name: 'lastEventId',
    required: false,
    description: 'as the Last-Event-ID header, for a new EventSource',
  })
  @ApiResponse({
    status: 200,
    description: 'the event stream',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @ApiProblems(400)
  async stream(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const unknown = Object.keys(query).filter((name) => !STREAM_QUERY.has(name));
    const lastEventId = lastEventIdOf(request.headers['last-event-id'], query.lastEventId);
    const problems = [
      ...unknown.map((field) => ({ field, message: 'unknown field' })),
      ...(lastEventId === 'invalid'
        ? [{ field: 'last-event-id', message: 'expected the id of an event of this stream' }]
        : []),
    ];
    if (problems.length > 0) throw new ValidationProblem(problems, 'query');

    // From here on the stream is ours, not Fastify's: write the headers it gathered (security,
    // CORS, correlation id), then events until the client leaves or the server ends it.
    reply.hijack();
    const raw = reply.raw;
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(reply.getHeaders()))
      if (value !== undefined) headers[name] = value;
    raw.writeHead(200, {
      ...headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      // nginx and similar: do not buffer the stream
      'x-accel-buffering': 'no',
    });
    raw.write(`retry: 3000\n: connected as ${principal.role} of ${principal.branch}\n\n`);
    await this.hub
      .open(principal, raw, lastEventId as bigint | undefined)
      .catch((error: unknown) => {
        // headers are gone already: the client sees the stream end and reconnects
        request.log.error({ err: error, msg: 'live stream could not start' });
        raw.end();
      });
  }

  @Post('tickets')
  @HttpCode(201)
  @Allow(ANY_ROLE, 'company')
  @ApiOperation({
    summary:
      'A single-use ticket to open the live stream with EventSource (which cannot send headers)',
    description:
      'Valid LIVE_TICKET_TTL_SECONDS (30 s), once: `new EventSource("/api/v1/live?ticket=" + ticket)`. ' +
      'On an error event, get a new ticket and reopen with `&lastEventId=<the last id you saw>`.',
  })
  @ApiCreatedResponse({
    description: 'the ticket',
    schema: {
      type: 'object',
      properties: {
        ticket: { type: 'string' },
        expiresIn: { type: 'integer', description: 'seconds' },
      },
      required: ['ticket', 'expiresIn'],
    },
  })
  ticket(@CurrentPrincipal() principal: Principal): Promise<{ ticket: string; expiresIn: number }> {
    return this.tickets.issue(principal);
  }
}
