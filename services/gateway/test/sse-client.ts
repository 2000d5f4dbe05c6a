import { waitFor } from '@freight/testing';

export interface SseEvent {
  id?: string;
  event?: string;
  data: string;
}

/**
 * A fetch-based Server-Sent Events reader (what a front end using fetch does; EventSource is
 * the same protocol). Collects events and comments until closed.
 */
export class SseStream {
  readonly events: SseEvent[] = [];
  readonly comments: string[] = [];
  retry?: number;
  private buffer = '';
  private reading?: Promise<void>;

  private constructor(
    readonly status: number,
    readonly headers: Headers,
    private readonly abort: AbortController,
    readonly body: string | undefined,
  ) {}

  static async open(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
    const abort = new AbortController();
    const response = await fetch(url, {
      headers: { accept: 'text/event-stream', ...headers },
      signal: abort.signal,
    });
    if (response.status !== 200 || !response.body) {
      return new SseStream(response.status, response.headers, abort, await response.text());
    }
    const stream = new SseStream(response.status, response.headers, abort, undefined);
    stream.reading = stream.read(response.body);
    return stream;
  }

  /** The parsed `data` of every event, in order. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read what they expect
  get payloads(): Record<string, any>[] {
    return this.events.map((e) => JSON.parse(e.data));
  }

  waitForEvent(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read what they expect
    predicate: (payload: Record<string, any>) => boolean,
    description: string,
    timeoutMs = 30_000,
  ) {
    return waitFor(() => this.payloads.find(predicate), { timeoutMs, description, intervalMs: 50 });
  }

  async close(): Promise<void> {
    this.abort.abort();
    await this.reading;
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    const reader = body.getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        this.buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = this.buffer.indexOf('\n\n')) >= 0) {
          this.block(this.buffer.slice(0, end));
          this.buffer = this.buffer.slice(end + 2);
        }
      }
    } catch {
      // aborted by close(), or the connection broke
    } finally {
      this.ended = true;
    }
  }

  /** the server ended the stream (or close() did) */
  ended = false;

  private block(text: string): void {
    const event: SseEvent = { data: '' };
    const data: string[] = [];
    for (const line of text.split('\n')) {
      if (line.startsWith(':')) this.comments.push(line.slice(1).trim());
      else if (line.startsWith('id: ')) event.id = line.slice(4);
      else if (line.startsWith('event: ')) event.event = line.slice(7);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
      else if (line.startsWith('retry: ')) this.retry = Number(line.slice(7));
    }
    if (data.length > 0) this.events.push({ ...event, data: data.join('\n') });
  }
}
