import { useCallback, useEffect, useRef, useState } from 'react';
import type { ItemView, Wire } from '@sqmy/contract';
import { asApiError } from '../../api/client';
import type { ApiError } from '../../api/client';
import { newIdempotencyKey } from '../../api/idempotency';
import { itemsApi } from '../items-api';
import { changesBetween, EMPTY_DRAFT, valuesOf } from './draft-values';
import type { DraftValues } from './draft-values';

const DEBOUNCE_MS = 1_500;

/**
 * `new`: nothing saved yet; `dirty`: a change waits for the debounce; `conflict`: the server
 * refused with 409 (changed elsewhere) and nothing more is saved until the item is reloaded.
 */
export type SaveState = 'new' | 'saved' | 'dirty' | 'saving' | 'failed' | 'conflict';

export interface Autosave {
  /** The server's latest answer; undefined until the draft exists. */
  item: Wire<ItemView> | undefined;
  state: SaveState;
  savedAt: Date | undefined;
  error: ApiError | undefined;
  /** Call with the form's values on every change. */
  change(values: DraftValues): void;
  /** Saves what is pending now (creating the draft if need be) and answers the saved item. */
  flush(): Promise<Wire<ItemView>>;
  retry(): void;
  /** Takes a fresh copy of the item from the server as the saved state (after a reload or a move). */
  adopt(item: Wire<ItemView>): void;
}

interface AutosaveOptions {
  initial: Wire<ItemView> | undefined;
  onCreated(item: Wire<ItemView>): void;
  /** A save was refused for bad input (details name the fields). */
  onRefused(error: ApiError): void;
}

/**
 * Autosave of the item editor: the first save creates the draft (POST with an Idempotency-Key
 * made once per page, so a retried create answers with the same draft), later saves PATCH the
 * changed fields with the `version` of the last answer, ~1.5 s after the last keystroke.
 * Saves run one at a time, in order.
 */
export function useAutosave({ initial, onCreated, onRefused }: AutosaveOptions): Autosave {
  const [item, setItem] = useState(initial);
  const [state, setState] = useState<SaveState>(initial ? 'saved' : 'new');
  const [savedAt, setSavedAt] = useState<Date>();
  const [error, setError] = useState<ApiError>();
  const [createKey] = useState(newIdempotencyKey);
  const itemRef = useRef(initial);
  const savedRef = useRef<DraftValues>(initial ? valuesOf(initial) : EMPTY_DRAFT);
  const latestRef = useRef<DraftValues>(savedRef.current);
  const pendingRef = useRef<DraftValues | null>(null);
  const errorRef = useRef<ApiError>(undefined);
  const blockedRef = useRef(false);
  const queueRef = useRef<Promise<void>>(Promise.resolve());
  const timerRef = useRef<number>(undefined);
  const mountedRef = useRef(true);
  const callbacks = useRef({ onCreated, onRefused });
  callbacks.current = { onCreated, onRefused };

  const saveOnce = useCallback(async () => {
    const values = pendingRef.current;
    if (!values || blockedRef.current) return;
    pendingRef.current = null;
    const current = itemRef.current;
    const changes = changesBetween(values, savedRef.current);
    if (current && Object.keys(changes).length === 0) {
      setState('saved');
      return;
    }
    setState('saving');
    try {
      const saved = current ? await itemsApi.update(current.id, changes, current.version) : await itemsApi.create(changes, createKey);
      itemRef.current = saved;
      savedRef.current = { ...savedRef.current, ...values };
      errorRef.current = undefined;
      setItem(saved);
      setSavedAt(new Date());
      setError(undefined);
      setState(pendingRef.current ? 'dirty' : 'saved');
      if (!current && mountedRef.current) callbacks.current.onCreated(saved);
    } catch (caught) {
      const apiError = asApiError(caught);
      pendingRef.current ??= values;
      errorRef.current = apiError;
      setError(apiError);
      if (apiError.status === 409) {
        blockedRef.current = true;
        setState('conflict');
      } else {
        setState('failed');
        if (apiError.details.length) callbacks.current.onRefused(apiError);
      }
    }
  }, [createKey]);

  const run = useCallback(() => {
    window.clearTimeout(timerRef.current);
    queueRef.current = queueRef.current.then(saveOnce);
    return queueRef.current;
  }, [saveOnce]);

  const change = useCallback(
    (values: DraftValues) => {
      latestRef.current = values;
      pendingRef.current = values;
      if (blockedRef.current) return;
      setState('dirty');
      window.clearTimeout(timerRef.current);
      timerRef.current = window.setTimeout(run, DEBOUNCE_MS);
    },
    [run],
  );

  const flush = useCallback(async () => {
    if (!itemRef.current) pendingRef.current ??= latestRef.current;
    await run();
    if (blockedRef.current || pendingRef.current || !itemRef.current) throw errorRef.current ?? new Error('未能保存');
    return itemRef.current;
  }, [run]);

  const adopt = useCallback((fresh: Wire<ItemView>) => {
    window.clearTimeout(timerRef.current);
    itemRef.current = fresh;
    savedRef.current = valuesOf(fresh);
    latestRef.current = savedRef.current;
    pendingRef.current = null;
    blockedRef.current = false;
    errorRef.current = undefined;
    setItem(fresh);
    setError(undefined);
    setState('saved');
  }, []);

  // Leaving the page inside the app saves what is pending (a new draft included); closing the tab asks first.
  useEffect(() => {
    mountedRef.current = true;
    const warn = (event: BeforeUnloadEvent) => {
      if (pendingRef.current && !blockedRef.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      mountedRef.current = false;
      window.removeEventListener('beforeunload', warn);
      if (pendingRef.current) void run();
    };
  }, [run]);

  return { item, state, savedAt, error, change, flush, retry: () => void run(), adopt };
}
