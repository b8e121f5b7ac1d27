import { useCallback, useEffect, useRef, useState } from 'react';
import type { DependencyList } from 'react';
import { asApiError } from './client';
import type { ApiError } from './client';
import { useApiErrorHandler } from './use-api-error';

export interface LoadState<T> {
  data: T | undefined;
  loading: boolean;
  error: ApiError | undefined;
  reload(): Promise<void>;
  /** Replaces the data, e.g. with the answer of a change. */
  setData(data: T): void;
}

interface LoadOptions {
  /** Errors kept in `error` for the screen to show in place, instead of a message. */
  quiet?: (error: ApiError) => boolean;
}

/** Loads something when the screen opens and whenever `deps` change; errors become a message. */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList, options: LoadOptions = {}): LoadState<T> {
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError>();
  const showError = useApiErrorHandler();
  const loadRef = useRef(load);
  loadRef.current = load;
  const quietRef = useRef(options.quiet);
  quietRef.current = options.quiet;
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const current = ++generation.current;
    setLoading(true);
    try {
      const result = await loadRef.current();
      if (current !== generation.current) return;
      setData(result);
      setError(undefined);
    } catch (caught) {
      if (current !== generation.current) return;
      const apiError = asApiError(caught);
      setError(apiError);
      if (!quietRef.current?.(apiError)) showError(apiError);
    } finally {
      if (current === generation.current) setLoading(false);
    }
  }, [showError]);

  useEffect(() => {
    void reload();
  }, [reload, ...deps]); // the caller names what the load depends on

  return { data, loading, error, reload, setData };
}

/** 404: the API has no such endpoint (yet) or no such record. */
export const isNotFound = (error: ApiError) => error.status === 404;
