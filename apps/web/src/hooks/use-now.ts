"use client";

import { useSyncExternalStore } from "react";

// One shared clock for every relative timestamp on the page, ticking twice a minute.
const TICK_MS = 30_000;
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  now = Date.now();
  timer ??= setInterval(() => {
    now = Date.now();
    for (const notify of listeners) notify();
  }, TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0 || !timer) return;
    clearInterval(timer);
    timer = null;
  };
}

/** The current time in ms, re-rendering the caller as it moves on. */
export function useNow(): number {
  return useSyncExternalStore(
    subscribe,
    () => now,
    () => Date.now(),
  );
}
