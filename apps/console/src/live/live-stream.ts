import { API_BASE } from '../api/client';
import { ApiProblem } from '../api/problem';
import type { LiveNotification } from '../api/types';

export type LiveStatus = 'connecting' | 'live' | 'offline';

/** The named SSE events of GET /api/v1/live (decision 0021). */
export const LIVE_EVENTS = ['escalation', 'alert', 'deadline-closed'] as const;

export interface LiveStreamOptions {
  client: { request<T>(method: string, path: string): Promise<T> };
  onEvent(notification: LiveNotification): void;
  onStatus(status: LiveStatus): void;
  /** resume point: the id of the last event seen (kept across reloads by the caller) */
  lastEventId?: string;
  onLastEventId?(id: string): void;
  EventSource?: typeof EventSource;
  maxRetryMs?: number;
}

/**
 * The live stream through EventSource (decision 0103). EventSource cannot send a bearer token,
 * so each connection first gets a single-use ticket (POST live/tickets) and opens
 * /api/v1/live?ticket=…&lastEventId=…; EventSource's own reconnect would reuse the spent ticket,
 * so on an error the stream is closed and reopened here with a new ticket and the last id seen
 * (the gateway replays what was missed, once), backing off 1 s, 2 s … up to 30 s.
 */
export class LiveStream {
  private source?: EventSource;
  private timer?: ReturnType<typeof setTimeout>;
  private retryMs = 1000;
  private stopped = false;
  private lastEventId?: string;

  constructor(private readonly options: LiveStreamOptions) {
    this.lastEventId = options.lastEventId;
  }

  start(): void {
    this.stopped = false;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.source?.close();
    this.source = undefined;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    this.options.onStatus('connecting');
    let ticket: string;
    try {
      ({ ticket } = await this.options.client.request<{ ticket: string }>('POST', 'live/tickets'));
    } catch (error) {
      // signed out: the session's end takes the user to the sign-in page; nothing to reopen
      if (error instanceof ApiProblem && error.status === 401) return this.stop();
      return this.retry();
    }
    if (this.stopped) return;
    const query = new URLSearchParams({ ticket });
    if (this.lastEventId) query.set('lastEventId', this.lastEventId);
    const Source = this.options.EventSource ?? EventSource;
    const source = new Source(`${API_BASE}/live?${query}`);
    this.source = source;
    source.onopen = () => {
      this.retryMs = 1000;
      this.options.onStatus('live');
    };
    for (const name of LIVE_EVENTS)
      source.addEventListener(name, (event) => this.receive(event as MessageEvent<string>));
    source.onerror = () => {
      source.close();
      if (this.source !== source || this.stopped) return;
      this.source = undefined;
      this.retry();
    };
  }

  private receive(event: MessageEvent<string>): void {
    let notification: LiveNotification;
    try {
      notification = JSON.parse(event.data) as LiveNotification;
    } catch {
      return; // not ours to show
    }
    const id = event.lastEventId || notification.id;
    if (id) {
      this.lastEventId = id;
      this.options.onLastEventId?.(id);
    }
    this.options.onEvent(notification);
  }

  private retry(): void {
    this.options.onStatus('offline');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.connect(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, this.options.maxRetryMs ?? 30_000);
  }
}
