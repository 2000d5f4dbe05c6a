import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../api/problem';
import type { LiveNotification } from '../api/types';
import { LiveStream, type LiveStatus } from './live-stream';

/** EventSource as the browser gives it, driven by the test. */
class FakeEventSource {
  static opened: FakeEventSource[] = [];
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  private listeners = new Map<string, (e: MessageEvent) => void>();
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(name: string, listener: (e: MessageEvent) => void) {
    this.listeners.set(name, listener);
  }
  close() {
    this.closed = true;
  }
  emit(name: string, id: string, data: object) {
    this.listeners.get(name)?.(
      new MessageEvent(name, { data: JSON.stringify(data), lastEventId: id }),
    );
  }
}

const escalation = (id: string): LiveNotification => ({
  id,
  kind: 'escalation',
  eventType: 'scheduler.escalation.raised',
  eventId: `e-${id}`,
  branch: 'SH01',
  role: 'branch-manager',
  occurredAt: '2025-03-14T03:00:00Z',
  data: { deadlineId: 'complaint:C-1:reply', level: 2, rule: 'R17' },
});

describe('LiveStream', () => {
  beforeEach(() => {
    FakeEventSource.opened = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  function stream(
    request = vi.fn(async () => ({ ticket: `t${FakeEventSource.opened.length + 1}` })),
  ) {
    const events: LiveNotification[] = [];
    const statuses: LiveStatus[] = [];
    const kept: string[] = [];
    const live = new LiveStream({
      client: { request } as never,
      onEvent: (n) => events.push(n),
      onStatus: (s) => statuses.push(s),
      onLastEventId: (id) => kept.push(id),
      EventSource: FakeEventSource as unknown as typeof EventSource,
    });
    return { live, events, statuses, kept, request };
  }

  it('opens /api/v1/live with a single-use ticket and passes on escalations, alerts and closures', async () => {
    const { live, events, statuses, request } = stream();
    live.start();
    await vi.waitFor(() => expect(FakeEventSource.opened).toHaveLength(1));
    expect(request).toHaveBeenCalledWith('POST', 'live/tickets');
    expect(FakeEventSource.opened[0].url).toBe('/api/v1/live?ticket=t1');
    FakeEventSource.opened[0].onopen?.();
    FakeEventSource.opened[0].emit('escalation', '41', escalation('41'));
    FakeEventSource.opened[0].emit('deadline-closed', '42', {
      ...escalation('42'),
      kind: 'deadline-closed',
    });
    expect(events.map((e) => [e.id, e.kind])).toEqual([
      ['41', 'escalation'],
      ['42', 'deadline-closed'],
    ]);
    expect(statuses).toEqual(['connecting', 'live']);
    live.stop();
    expect(FakeEventSource.opened[0].closed).toBe(true);
  });

  it('reopens after an error with a new ticket and the last event id, backing off', async () => {
    const { live, statuses, kept } = stream();
    live.start();
    await vi.waitFor(() => expect(FakeEventSource.opened).toHaveLength(1));
    FakeEventSource.opened[0].onopen?.();
    FakeEventSource.opened[0].emit('escalation', '41', escalation('41'));
    FakeEventSource.opened[0].onerror?.();
    expect(FakeEventSource.opened[0].closed).toBe(true);
    expect(statuses.at(-1)).toBe('offline');

    await vi.advanceTimersByTimeAsync(1_000);
    expect(FakeEventSource.opened[1].url).toBe('/api/v1/live?ticket=t2&lastEventId=41');
    FakeEventSource.opened[1].onerror?.();
    await vi.advanceTimersByTimeAsync(1_999);
    expect(FakeEventSource.opened).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeEventSource.opened[2].url).toBe('/api/v1/live?ticket=t3&lastEventId=41');
    expect(kept).toEqual(['41']);
    live.stop();
  });

  it('stops when the user is signed out, and retries when the gateway is away', async () => {
    const signedOut = stream(vi.fn().mockRejectedValue(new ApiProblem({ status: 401 })));
    signedOut.live.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(signedOut.request).toHaveBeenCalledTimes(1);

    const away = stream(vi.fn().mockRejectedValue(new ApiProblem({ status: 0 })));
    away.live.start();
    await vi.advanceTimersByTimeAsync(1_000 + 2_000 + 4_000);
    expect(away.request).toHaveBeenCalledTimes(4);
    away.live.stop();
  });
});
