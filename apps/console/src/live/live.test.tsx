import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../api/client';
import { memorySessionStore } from '../api/session-store';
import { AuthProvider } from '../auth/auth';
import { LivePanel } from '../homes/LivePanel';
import { fakeGateway, json, principal } from '../test/fake-gateway';
import { renderInConsole } from '../test/render';
import { LiveProvider } from './live';

class FakeEventSource {
  static last?: FakeEventSource;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private listeners = new Map<string, (e: MessageEvent) => void>();
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(name: string, listener: (e: MessageEvent) => void) {
    this.listeners.set(name, listener);
  }
  close() {}
  emit(name: string, id: string, data: object) {
    this.listeners.get(name)?.(
      new MessageEvent(name, {
        data: JSON.stringify({ id, kind: name, ...data }),
        lastEventId: id,
      }),
    );
  }
}

const tones: number[] = [];
class FakeAudioContext {
  state = 'running';
  currentTime = 0;
  destination = {};
  createOscillator() {
    const oscillator = {
      frequency: { value: 0 },
      connect: (g: unknown) => g,
      start: () => tones.push(oscillator.frequency.value),
      stop: () => {},
    };
    return oscillator;
  }
  createGain() {
    const gain = {
      gain: { setValueAtTime: () => {}, exponentialRampToValueAtTime: () => {} },
      connect: () => ({}),
    };
    return gain;
  }
}

const escalated = {
  eventType: 'scheduler.escalation.raised',
  eventId: 'e-1',
  branch: 'SH01',
  role: 'branch-manager',
  occurredAt: '2025-03-14T03:00:00Z',
  data: {
    deadlineId: 'complaint:C-117:reply',
    rule: 'R17',
    level: 2,
    subject: { type: 'complaint', id: 'C-117', branch: 'SH01' },
  },
};

describe('live escalations on screen', () => {
  beforeEach(() => {
    tones.length = 0;
    vi.stubGlobal('EventSource', FakeEventSource);
    vi.stubGlobal('AudioContext', FakeAudioContext);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('toasts and chimes when an escalation lands, and clears both toast and entry when its deadline closes', async () => {
    const gateway = fakeGateway({
      'POST /api/v1/live/tickets': () => json(201, { ticket: 't-1', expiresIn: 30 }),
    });
    const client = new ApiClient({
      store: memorySessionStore({
        accessToken: 'a',
        refreshToken: 'r',
        expiresAt: Date.now() + 900_000,
        lifetimeMs: 900_000,
        principal: { ...principal, role: 'branch-manager' },
      }),
      fetch: gateway.fetch,
    });
    renderInConsole(
      <AuthProvider client={client}>
        <LiveProvider>
          <LivePanel />
        </LiveProvider>
      </AuthProvider>,
    );
    await waitFor(() => expect(FakeEventSource.last?.url).toBe('/api/v1/live?ticket=t-1'));
    act(() => FakeEventSource.last!.onopen?.());
    act(() => FakeEventSource.last!.emit('escalation', '7', escalated));

    const toast = await waitFor(() => {
      const notice = document.querySelector('.ant-notification-notice');
      expect(notice?.textContent).toContain('R17 escalated to you (level 2)');
      return notice!;
    });
    expect(toast.textContent).toContain('complaint C-117 · SH01');
    expect(tones).toEqual([880, 660]);
    const entry = document.querySelector('[data-live-item="escalation"]');
    expect(entry?.getAttribute('data-deadline-id')).toBe('complaint:C-117:reply');
    expect(entry?.textContent).toContain('complaint C-117 · SH01 · 2025-03-14 11:00:00');

    act(() =>
      FakeEventSource.last!.emit('deadline-closed', '8', {
        ...escalated,
        eventType: 'scheduler.deadline.completed',
      }),
    );
    await waitFor(() => expect(document.querySelector('.ant-notification-notice')).toBeNull());
    expect(document.querySelector('[data-live-item]')).toBeNull();
    expect(screen.getByText(/Nothing open/)).toBeTruthy();
    expect(tones).toHaveLength(2); // a closure makes no sound
  });
});
