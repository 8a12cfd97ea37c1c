import { useCallback, useEffect, useRef, useState } from 'react';
import type { DependencyList } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  setData: (data: T) => void;
}

/** Runs `load` whenever `deps` change; answers that arrive after a newer request are dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    setLoading(true);
    load().then(
      (value) => {
        if (mine !== seq.current) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (mine !== seq.current) return;
        setError(err);
        setLoading(false);
      },
    );
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload, setData };
}

export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return debounced;
}

/** useState kept in sessionStorage, so a list keeps its filters when the user comes back to it. */
export function useSessionState<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = window.sessionStorage.getItem(key);
      return raw ? (JSON.parse(raw) as T) : initial;
    } catch {
      return initial;
    }
  });
  const set = useCallback(
    (next: T) => {
      setValue(next);
      try {
        window.sessionStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Storage full or disabled: the state still lives in memory.
      }
    },
    [key],
  );
  return [value, set];
}

export interface Action {
  busy: boolean;
  error: unknown;
  run: <T>(call: () => Promise<T>, onDone?: (value: T) => void) => void;
  clear: () => void;
}

/** A button's request: busy while it runs, the error kept for a ProblemAlert. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(<T,>(call: () => Promise<T>, onDone?: (value: T) => void) => {
    setBusy(true);
    setError(null);
    call().then(
      (value) => {
        setBusy(false);
        onDone?.(value);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  }, []);
  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, clear };
}
