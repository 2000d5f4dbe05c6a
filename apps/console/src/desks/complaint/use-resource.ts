import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiProblem } from '../../api/problem';
import { useClient } from '../../auth/auth';

type Query = Record<string, string | number | undefined>;

/**
 * One GET of the gateway, loaded when `path` (or the query) changes and again on `reload()`;
 * a refusal or a service that is down (503) is kept as `error` for the page to say so.
 * `path` null: nothing to load (yet). A new `version` loads it again.
 */
export function useResource<T>(path: string | null, query: Query = {}, version?: unknown) {
  const client = useClient();
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiProblem>();
  const [loading, setLoading] = useState(path !== null);
  const generation = useRef(0);
  const queryKey = JSON.stringify(query);

  const load = useCallback(async () => {
    if (path === null) return;
    const mine = ++generation.current;
    setLoading(true);
    setError(undefined);
    try {
      const answer = await client.request<T>('GET', path, { query: JSON.parse(queryKey) as Query });
      if (mine === generation.current) setData(answer);
    } catch (e) {
      if (mine === generation.current) {
        setData(undefined);
        setError(e as ApiProblem);
      }
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [client, path, queryKey]);

  const versionKey = JSON.stringify(version ?? null);
  useEffect(() => void load(), [load, versionKey]);
  return { data, error, loading, reload: () => void load(), set: setData };
}
