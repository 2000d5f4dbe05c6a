import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiProblem } from '../api/problem';
import type { QueueView } from '../api/types';
import { useClient } from '../auth/auth';
import { useLive } from '../live/live';
import { clockOffsetMs, queueRows, type QueueRow } from './countdown';

/** How far ahead "due soon" looks: a working day, so the morning shows the day's work. */
export const DUE_SOON_WITHIN = 'PT8H';
/** A backstop refetch; the live stream normally brings every change at once. */
const REFETCH_MS = 60_000;

export interface Queue {
  rows: QueueRow[];
  /** scheduler clock − this PC's clock, ms */
  offsetMs: number;
  loading: boolean;
  error?: ApiProblem;
  reload(): void;
}

/**
 * The queue of `role` in `branches` (several for HQ roles), refetched whenever the live stream
 * brings an escalation, alert or closure, or (re)connects, and every minute as a backstop.
 */
export function useQueue(branches: string[], role: string): Queue {
  const client = useClient();
  const { subscribe } = useLive();
  const [state, setState] = useState<Omit<Queue, 'reload'>>({
    rows: [],
    offsetMs: 0,
    loading: true,
  });
  const generation = useRef(0);
  const key = branches.join(',');

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, loading: true }));
    Promise.all(
      key
        .split(',')
        .filter(Boolean)
        .map(async (branch) => {
          const view = await client.request<QueueView>(
            'GET',
            `queues/${encodeURIComponent(branch)}/${encodeURIComponent(role)}`,
            { query: { dueSoonWithin: DUE_SOON_WITHIN } },
          );
          return { view, receivedAt: Date.now() };
        }),
    ).then(
      (answers) => {
        if (mine !== generation.current) return; // a newer fetch is on its way
        const first = answers[0];
        setState({
          rows: queueRows(answers.map((a) => a.view)),
          offsetMs: first ? clockOffsetMs(first.view.asOf, first.receivedAt) : 0,
          loading: false,
        });
      },
      (error: ApiProblem) => {
        if (mine === generation.current) setState((s) => ({ ...s, loading: false, error }));
      },
    );
  }, [client, key, role]);

  useEffect(() => {
    reload();
    const timer = setInterval(reload, REFETCH_MS);
    const unsubscribe = subscribe(() => reload());
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, [reload, subscribe]);

  return { ...state, reload };
}
