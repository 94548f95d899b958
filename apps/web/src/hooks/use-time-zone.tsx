"use client";

import { createContext, useContext, useState } from "react";
import type { ReactNode } from "react";
import { storeTimeZoneMode } from "@/lib/time-zone";
import type { TTimeZoneMode } from "@/lib/time-zone";

type TTimeZoneContext = { mode: TTimeZoneMode; setMode: (mode: TTimeZoneMode) => void };

const TimeZoneContext = createContext<TTimeZoneContext>({ mode: "local", setMode: () => undefined });

/** Holds the clock timestamps read in, from the cookie the root layout read. */
export function TimeZoneProvider({ initialMode, children }: { initialMode: TTimeZoneMode; children: ReactNode }) {
  const [mode, setModeState] = useState(initialMode);
  const setMode = (next: TTimeZoneMode) => {
    storeTimeZoneMode(next);
    setModeState(next);
  };
  return <TimeZoneContext value={{ mode, setMode }}>{children}</TimeZoneContext>;
}

/** Local or UTC, and the switch the user menu flips. */
export function useTimeZone(): TTimeZoneContext {
  return useContext(TimeZoneContext);
}
