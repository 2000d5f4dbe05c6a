import { App } from 'antd';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { LiveNotification } from '../api/types';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { formatInstant } from '../format/time';
import { chime } from './chime';
import { LiveStream, type LiveStatus } from './live-stream';

/** What the stream tells the screens: a notification, or that it (re)connected (refetch then). */
export type LiveSignal = LiveNotification | { kind: 'connected' };

interface Live {
  status: LiveStatus;
  /** escalations and alerts that reached this user and are still open, newest first */
  inbox: LiveNotification[];
  dismiss(id: string): void;
  subscribe(listener: (signal: LiveSignal) => void): () => void;
}

const LiveContext = createContext<Live | null>(null);
const LAST_EVENT_KEY = 'freight.console.lastEventId';
const INBOX_LIMIT = 50;

export const toastKeyOf = (n: LiveNotification): string =>
  n.data.deadlineId ? `deadline:${n.data.deadlineId}` : `alert:${n.id}`;

/**
 * Live escalations and alerts for the signed-in user (issue 26 item 4): a toast and a chime when
 * one lands, kept in the inbox until its deadline closes (`deadline-closed` clears the toast and
 * the entry) or the user dismisses it; every screen that subscribes refetches on each signal.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const { client, principal } = useAuth();
  const { notification } = App.useApp();
  const { t } = useI18n();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [inbox, setInbox] = useState<LiveNotification[]>([]);
  const listeners = useRef(new Set<(signal: LiveSignal) => void>());
  const texts = useRef(t);
  texts.current = t;

  const signal = useCallback((s: LiveSignal) => {
    for (const listener of listeners.current) listener(s);
  }, []);

  const receive = useCallback(
    (n: LiveNotification) => {
      const tr = texts.current;
      if (n.kind === 'deadline-closed') {
        setInbox((items) => items.filter((i) => i.data.deadlineId !== n.data.deadlineId));
        notification.destroy(toastKeyOf(n));
      } else if (n.kind === 'escalation' || n.kind === 'alert') {
        setInbox((items) =>
          [n, ...items.filter((i) => toastKeyOf(i) !== toastKeyOf(n))].slice(0, INBOX_LIMIT),
        );
        const subject = n.data.subject ? `${n.data.subject.type} ${n.data.subject.id}` : '';
        notification.open({
          key: toastKeyOf(n),
          type: n.kind === 'escalation' ? 'warning' : 'info',
          // an escalation waits for its deadline to close or for the user; an alert for 30 s
          duration: n.kind === 'escalation' ? 0 : 30,
          title:
            n.kind === 'escalation'
              ? tr('live.escalationTitle', { rule: n.data.rule ?? '', level: n.data.level ?? '' })
              : (n.data.title ?? tr('live.alertTitle')),
          description: `${subject} · ${n.branch} · ${formatInstant(n.occurredAt)}`,
          props: { 'data-live-kind': n.kind } as Record<string, string>,
        });
        chime();
      }
      signal(n);
    },
    [notification, signal],
  );

  useEffect(() => {
    if (!principal) return;
    const stream = new LiveStream({
      client,
      lastEventId: sessionStorage.getItem(LAST_EVENT_KEY) ?? undefined,
      onLastEventId: (id) => sessionStorage.setItem(LAST_EVENT_KEY, id),
      onEvent: receive,
      onStatus: (s) => {
        setStatus(s);
        if (s === 'live') signal({ kind: 'connected' });
      },
    });
    stream.start();
    return () => stream.stop();
    // a new stream for a new user, role or branch; not for a refreshed token
  }, [client, principal?.userId, principal?.role, principal?.branch, receive, signal]);

  const subscribe = useCallback((listener: (signal: LiveSignal) => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);
  const dismiss = useCallback(
    (id: string) => setInbox((items) => items.filter((i) => i.id !== id)),
    [],
  );
  const value = useMemo<Live>(
    () => ({ status, inbox, dismiss, subscribe }),
    [status, inbox, dismiss, subscribe],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLive(): Live {
  const value = useContext(LiveContext);
  if (!value) throw new Error('useLive outside LiveProvider');
  return value;
}
