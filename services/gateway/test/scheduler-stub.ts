import http from 'node:http';
import type net from 'node:net';

export interface StubRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export type StubAnswer = { status: number; body?: unknown; raw?: string };

const deadline = (id: string) => ({
  id, rule: 'R17', subject: { type: 'complaint', id: `C-${id}`, branch: id.startsWith('gz') ? 'GZ01' : 'SH01' },
  state: 'armed', dueAt: '2026-03-02T01:00:00.000Z', ladder: [{ level: 1, role: 'agent', after: 'PT0S' }], payload: {},
});

/**
 * A stand-in for the scheduler's internal HTTP API (docs/scheduler.md): deadlines whose id
 * starts with `gz` belong to GZ01, others to SH01; `missing` does not exist. `answerNext` makes
 * the next call fail as a test needs; `requests` records what the gateway sent.
 */
export class SchedulerStub {
  readonly requests: StubRequest[] = [];
  private next?: StubAnswer;
  private server?: http.Server;
  url = '';

  answerNext(answer: StubAnswer): void {
    this.next = answer;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      let text = '';
      req.on('data', (chunk) => (text += chunk));
      req.on('end', () => {
        const body = text ? JSON.parse(text) : undefined;
        this.requests.push({ method: req.method!, url: req.url!, headers: req.headers, body });
        const answer = this.next ?? this.answer(req.method!, new URL(req.url!, 'http://stub'), body);
        this.next = undefined;
        const problem = answer.status >= 400;
        res.writeHead(answer.status, { 'content-type': problem ? 'application/problem+json' : 'application/json' });
        res.end(answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body)));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private answer(method: string, url: URL, body: unknown): StubAnswer {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const notFound = { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404, detail: `no ${url.pathname} in table deadline` } };
    if (method === 'GET' && parts[0] === 'deadlines' && parts.length === 1) {
      return { status: 200, body: { items: [deadline('sh-1'), deadline('gz-1'), deadline('sh-2')] } };
    }
    if (method === 'GET' && parts[0] === 'deadlines' && parts[1] !== 'missing') {
      if (parts.length === 2) return { status: 200, body: deadline(parts[1]) };
      if (parts[2] === 'history') return { status: 200, body: { items: [{ seq: 1, kind: 'armed', at: '2026-03-02T00:00:00.000Z', details: {} }] } };
    }
    if (method === 'GET' && parts[0] === 'queues') return { status: 200, body: { asOf: new Date().toISOString(), overdue: [], dueSoon: [] } };
    if (method === 'GET' && parts[0] === 'calendars') {
      return { status: 200, body: parts[1] ? { code: parts[1], name: parts[1] } : { items: [{ code: 'SH01' }, { code: 'GZ01' }] } };
    }
    if (method === 'POST' && url.pathname === '/calendars') return { status: 201, body };
    if (method === 'PUT' && parts[0] === 'calendars') return { status: 200, body: { code: parts[1], ...(body as object) } };
    return notFound;
  }
}
