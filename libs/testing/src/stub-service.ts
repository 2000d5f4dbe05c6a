import http from 'node:http';
import type net from 'node:net';

export interface StubRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  /** the route's `:params`, decoded */
  params: Record<string, string>;
  query: URLSearchParams;
}

export type StubAnswer = {
  status: number;
  body?: unknown;
  raw?: string;
  /** a file's type (image/svg+xml …); JSON or problem+json when absent */
  contentType?: string;
};

/** One row of a stub's table: `GET /deadlines/:id` → its answer. */
export interface StubRoute {
  method: string;
  path: string;
  answer: (request: StubRequest) => StubAnswer;
}

const NOT_FOUND: StubAnswer = {
  status: 404,
  body: { type: 'urn:freight:problem:not-found', title: 'Not Found', status: 404 },
};

function match(path: string, pathname: string): Record<string, string> | undefined {
  const want = path.split('/').filter(Boolean);
  const got = pathname.split('/').filter(Boolean);
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(got[i]);
    else if (part !== got[i]) return undefined;
  }
  return params;
}

/**
 * A stand-in for a service behind the gateway, from a table of routes (first match answers;
 * anything else is 404 problem+json). `answerNext` makes the next call fail as a test needs;
 * `requests` records what arrived.
 */
export class StubService {
  readonly requests: StubRequest[] = [];
  url = '';
  private next?: StubAnswer;
  private server?: http.Server;

  constructor(private readonly routes: readonly StubRoute[]) {}

  answerNext(answer: StubAnswer): void {
    this.next = answer;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      let text = '';
      req.on('data', (chunk) => (text += chunk));
      req.on('end', () => {
        const url = new URL(req.url!, 'http://stub');
        const base = {
          method: req.method!,
          url: req.url!,
          headers: req.headers,
          query: url.searchParams,
        };
        const body = text ? JSON.parse(text) : undefined;
        let answer = this.next;
        this.next = undefined;
        let recorded: StubRequest = { ...base, body, params: {} };
        for (const route of this.routes) {
          if (answer || route.method !== req.method) continue;
          const params = match(route.path, url.pathname);
          if (!params) continue;
          recorded = { ...base, body, params };
          answer = route.answer(recorded);
        }
        this.requests.push(recorded);
        answer ??= NOT_FOUND;
        const problem = answer.status >= 400;
        res.writeHead(answer.status, {
          'content-type':
            answer.contentType ?? (problem ? 'application/problem+json' : 'application/json'),
        });
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
}
