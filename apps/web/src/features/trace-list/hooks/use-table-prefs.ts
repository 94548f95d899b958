"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import { parseTablePrefs } from "../lib/table-prefs";
import type { TTablePrefs } from "../lib/table-prefs";

const STORAGE_KEY = "spanlight:trace-list:prefs";
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changing the prefs shows here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (private modes, policies): the defaults still work.
    return null;
  }
}

function writeRaw(value: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, value);
  } catch {
    // Not persisted, but the session keeps working from the listeners below.
  }
  for (const notify of listeners) notify();
}

/**
 * The table's density and column visibility, persisted in localStorage. The server renders the
 * defaults; the stored choice applies right after hydration.
 */
export function useTablePrefs() {
  const raw = useSyncExternalStore(subscribe, readRaw, () => null);
  const prefs = useMemo(() => parseTablePrefs(raw), [raw]);
  const updatePrefs = useCallback((edit: (current: TTablePrefs) => TTablePrefs) => {
    writeRaw(JSON.stringify(edit(parseTablePrefs(readRaw()))));
  }, []);
  return { prefs, updatePrefs };
}
