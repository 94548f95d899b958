"use client";

import { useCallback, useEffect, useRef, useState } from "react";

const COPIED_FEEDBACK_MS = 1_600;

/**
 * Copies text and reports it for a moment. The Clipboard API exists only in secure contexts, and
 * self-hosted Spanlight is often served over plain http on a LAN address, so the old
 * select-and-copy route is kept as a fallback.
 */
export function useCopyToClipboard() {
  const [isCopied, setIsCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => () => clearTimer(timer.current), []);

  const copy = useCallback(async (text: string) => {
    const isDone = await writeClipboard(text);
    if (!isDone) return;
    setIsCopied(true);
    clearTimer(timer.current);
    timer.current = setTimeout(() => setIsCopied(false), COPIED_FEEDBACK_MS);
  }, []);

  return { copy, isCopied };
}

function clearTimer(timer: ReturnType<typeof setTimeout> | null) {
  if (timer) clearTimeout(timer);
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithTextarea(text);
  }
}

function copyWithTextarea(text: string): boolean {
  const textarea = document.createElement("textarea");
  textarea.value = text;
  textarea.setAttribute("readonly", "");
  textarea.style.position = "fixed";
  textarea.style.opacity = "0";
  document.body.appendChild(textarea);
  textarea.select();
  try {
    return document.execCommand("copy");
  } finally {
    textarea.remove();
  }
}
