import { useCallback, useEffect, useState } from 'react';
import { api, toApiError, type ApiError } from './api';

export interface FetchState<T> {
  /** The latest answer; while a reload or a new path is loading it still holds the previous one. */
  data: T | undefined;
  /** The error of the current request only. */
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

interface Settled<T> {
  key: string;
  data?: T;
  error?: ApiError;
}

/** GETs `path` (null: nothing to fetch yet) and aborts the request when the path changes or the page unmounts. */
export function useFetch<T>(path: string | null): FetchState<T> {
  const [nonce, setNonce] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const [lastData, setLastData] = useState<T | undefined>(undefined);
  const key = `${nonce}:${path ?? ''}`;

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    api.get<T>(path, controller.signal).then(
      (data) => {
        setSettled({ key, data });
        setLastData(data);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled({ key, error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [path, key]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const current = settled?.key === key ? settled : null;
  return {
    data: current?.data ?? lastData,
    error: current?.error,
    loading: path !== null && current === null,
    reload,
  };
}
