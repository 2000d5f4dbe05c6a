import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiProblem } from '../api/problem';
import type { Page } from '../api/types';
import { useClient } from '../auth/auth';

type Query = Record<string, string | number | undefined>;

/**
 * A keyset-paged list of the API (`{items, nextCursor}`, docs/api-conventions.md): the first
 * page for `query`, then "load more" with the cursor. A refused query (400) is returned for the
 * filter form to show at its fields.
 */
export function usePagedList<T>(path: string, query: Query) {
  const client = useClient();
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiProblem>();
  const generation = useRef(0);
  const queryKey = JSON.stringify(query);

  const fetchPage = useCallback(
    async (after: string | null) => {
      const mine = ++generation.current;
      setLoading(true);
      setError(undefined);
      try {
        const page = await client.request<Page<T>>('GET', path, {
          query: { ...(JSON.parse(queryKey) as Query), cursor: after ?? undefined },
        });
        if (mine !== generation.current) return;
        setItems((previous) => (after ? [...previous, ...page.items] : page.items));
        setCursor(page.nextCursor);
      } catch (e) {
        if (mine === generation.current) setError(e as ApiProblem);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [client, path, queryKey],
  );

  useEffect(() => void fetchPage(null), [fetchPage]);

  return {
    items,
    loading,
    error,
    hasMore: cursor !== null,
    loadMore: () => void fetchPage(cursor),
    reload: () => void fetchPage(null),
  };
}
