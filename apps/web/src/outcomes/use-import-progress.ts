import { useEffect, useState } from 'react';
import type { LedgerImportView, Wire } from '@sqmy/contract';
import { useApiErrorHandler } from '../api/use-api-error';
import { ledgerApi } from './outcomes-api';

const POLL_MS = 1_000;

export const isFinished = (ledgerImport: Wire<LedgerImportView>) => ledgerImport.status === 'succeeded' || ledgerImport.status === 'failed';

/**
 * Follows an import: starts from what the upload (or the list) answered and asks GET /imports/{id}
 * every second until it has succeeded or failed. `onFinished` runs once when it gets there.
 */
export function useImportProgress(start: Wire<LedgerImportView> | undefined, onFinished: (ledgerImport: Wire<LedgerImportView>) => void): Wire<LedgerImportView> | undefined {
  const [current, setCurrent] = useState(start);
  const showError = useApiErrorHandler();
  useEffect(() => setCurrent(start), [start]);

  useEffect(() => {
    if (!current || isFinished(current)) return;
    const timer = window.setTimeout(async () => {
      try {
        const next = await ledgerApi.get(current.id);
        setCurrent(next);
        if (isFinished(next)) onFinished(next);
      } catch (error) {
        showError(error);
      }
    }, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [current, onFinished, showError]);

  return current;
}
