import { useEffect, useRef } from 'react';
import { useLive } from '../../live/live';

/** The live stream when the page runs inside the shell (LiveProvider); none in a bare render. */
function useLiveSubscribe() {
  try {
    return useLive().subscribe;
  } catch {
    return undefined;
  }
}

/**
 * Calls `reload` when the live stream (GET /live) brings news of this record — an escalation of
 * its deadline, its closure, an alert about it — so an open page climbs with it, without reload.
 */
export function useLiveReload(subjectId: string | undefined, reload: () => void) {
  const subscribe = useLiveSubscribe();
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  });
  useEffect(() => {
    if (!subscribe || !subjectId) return;
    return subscribe((signal) => {
      if (signal.kind !== 'connected' && 'data' in signal && signal.data.subject?.id === subjectId)
        latest.current();
    });
  }, [subscribe, subjectId]);
}
