import { useEffect, useState } from 'react';
import type { ApiProblem } from '../../api/problem';
import { useClient } from '../../auth/auth';

type Query = Record<string, string | number | undefined>;

/** One report of the gateway (GET path?query), asked again whenever the query changes. */
export function useReport<T>(path: string, query: Query) {
  const client = useClient();
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiProblem>();
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(query);
  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(undefined);
    client
      .request<T>('GET', path, { query: JSON.parse(key) as Query })
      .then(
        (answer) => current && setData(answer),
        (e: ApiProblem) => {
          if (!current) return;
          setData(undefined);
          setError(e);
        },
      )
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [client, path, key]);
  return { data, error, loading };
}
