"use client";

import { useSyncExternalStore } from "react";

const subscribeNever = () => () => {};

/** False in the server HTML and during hydration, true once React owns the page. */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
