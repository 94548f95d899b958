"use client";

import { useRef, useState } from "react";
import type { KeyboardEvent, PointerEvent } from "react";

type TResizeOptions = {
  initial: number;
  min: number;
  max: number;
  /** 1 when dragging right grows the size (a left pane), -1 when it shrinks it (a right pane). */
  direction: 1 | -1;
};

const KEYBOARD_STEP = 24;

/** A width set by dragging (or arrow keys on) a separator; spread `separatorProps` on the handle. */
export function useHorizontalResize({ initial, min, max, direction }: TResizeOptions) {
  const [size, setSize] = useState(initial);
  const drag = useRef<{ startX: number; startSize: number } | null>(null);
  const clamp = (value: number) => Math.min(max, Math.max(min, value));

  const separatorProps = {
    role: "separator" as const,
    "aria-orientation": "vertical" as const,
    "aria-valuenow": Math.round(size),
    "aria-valuemin": min,
    "aria-valuemax": max,
    tabIndex: 0,
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      event.currentTarget.setPointerCapture(event.pointerId);
      drag.current = { startX: event.clientX, startSize: size };
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      if (!drag.current) return;
      setSize(clamp(drag.current.startSize + (event.clientX - drag.current.startX) * direction));
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => {
      event.currentTarget.releasePointerCapture(event.pointerId);
      drag.current = null;
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
      event.preventDefault();
      const sign = event.key === "ArrowRight" ? 1 : -1;
      setSize((current) => clamp(current + sign * KEYBOARD_STEP * direction));
    },
  };

  return { size, separatorProps };
}

export type TSeparatorProps = ReturnType<typeof useHorizontalResize>["separatorProps"];
