"use client";

import { useCallback, useState } from "react";
import { fullWindow, isFullWindow, panWindow, windowAround, zoomWindow } from "../lib/time-window";
import type { TTimeWindow } from "../lib/time-window";

const ZOOM_STEP = 0.5;

/** The timeline's visible time range: zoom in and out around a point, pan, fit a span, reset. */
export function useTimeWindow(totalMs: number) {
  const [visible, setVisible] = useState<TTimeWindow>(() => fullWindow(totalMs));

  const zoom = useCallback(
    (factor: number, anchor = 0.5) => setVisible((current) => zoomWindow(current, { factor, anchor, totalMs })),
    [totalMs],
  );
  const zoomIn = useCallback(() => zoom(ZOOM_STEP), [zoom]);
  const zoomOut = useCallback(() => zoom(1 / ZOOM_STEP), [zoom]);
  const reset = useCallback(() => setVisible(fullWindow(totalMs)), [totalMs]);
  /** Pans by a fraction of the visible width (positive moves later in time). */
  const pan = useCallback(
    (fraction: number) =>
      setVisible((current) => panWindow(current, { deltaMs: (current.endMs - current.startMs) * fraction, totalMs })),
    [totalMs],
  );
  const fitSpan = useCallback(
    (span: { startMs: number; durationMs: number }) => setVisible(windowAround({ ...span, totalMs })),
    [totalMs],
  );

  return { visible, zoom, zoomIn, zoomOut, reset, pan, fitSpan, isZoomed: !isFullWindow(visible, totalMs) };
}

export type TTimeWindowControls = ReturnType<typeof useTimeWindow>;
