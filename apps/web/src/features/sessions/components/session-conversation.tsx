"use client";

import type { TSessionDetail } from "@spanlight/core";
import { useState } from "react";
import type { TTextMode } from "@/features/trace-detail/components/chat-message";
import { formatDuration } from "@/features/trace-detail/lib/format";
import { useTimeZone } from "@/hooks/use-time-zone";
import { formatInstant } from "@/lib/time-zone";
import { cn } from "@/lib/utils";
import { SessionTurn } from "./session-turn";

// A pause shorter than this between turns is a person typing; longer ones are worth a marker.
const GAP_MARKER_MS = 60_000;

/** The session read as a chat: its traces in start order, each one a user message and an answer. */
export function SessionConversation({ projectId, session }: { projectId: string; session: TSessionDetail }) {
  const [textMode, setTextMode] = useState<TTextMode>("markdown");
  const timeZone = useTimeZone();
  const traces = new Map(session.traces.map((trace) => [trace.traceId, trace]));
  return (
    <section aria-labelledby="conversation-title" className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-3">
        <h2 id="conversation-title" className="text-sm font-semibold text-zinc-900">
          Conversation
          <span className="ml-2 text-12 font-normal text-zinc-500 tabular-nums">
            {session.turns.length === 1 ? "1 turn" : `${session.turns.length} turns`}
          </span>
        </h2>
        <TextModeToggle value={textMode} onChange={setTextMode} />
      </div>
      <ol aria-label="Turns" className="flex flex-col gap-3">
        {session.turns.map((turn, index) => {
          const previous = index > 0 ? session.turns[index - 1] : undefined;
          const previousTrace = previous ? traces.get(previous.traceId) : undefined;
          const gapMs = previousTrace ? Date.parse(turn.startTime) - Date.parse(previousTrace.endTime) : 0;
          const day = formatInstant(turn.startTime, timeZone.mode).slice(0, 10);
          const hasDate = !previous || formatInstant(previous.startTime, timeZone.mode).slice(0, 10) !== day;
          return (
            <li key={turn.traceId} className="flex flex-col gap-3">
              {gapMs >= GAP_MARKER_MS ? <GapMarker ms={gapMs} /> : null}
              <SessionTurn
                projectId={projectId}
                position={index + 1}
                turn={turn}
                trace={traces.get(turn.traceId)}
                textMode={textMode}
                hasDate={hasDate}
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function GapMarker({ ms }: { ms: number }) {
  return (
    <div className="flex items-center gap-2 text-[11px] text-zinc-400 tabular-nums">
      <span aria-hidden className="h-px flex-1 bg-zinc-200" />
      {formatDuration(ms)} later
      <span aria-hidden className="h-px flex-1 bg-zinc-200" />
    </div>
  );
}

const TEXT_MODES: { value: TTextMode; label: string }[] = [
  { value: "markdown", label: "Markdown" },
  { value: "text", label: "Plain text" },
];

function TextModeToggle({ value, onChange }: { value: TTextMode; onChange: (mode: TTextMode) => void }) {
  return (
    <div
      role="radiogroup"
      aria-label="Message format"
      className="flex rounded-md border border-zinc-200 bg-zinc-50 p-0.5"
    >
      {TEXT_MODES.map((mode) => (
        <button
          key={mode.value}
          type="button"
          role="radio"
          aria-checked={value === mode.value}
          onClick={() => onChange(mode.value)}
          className={cn(
            "h-6 rounded px-2 text-12 font-medium transition-colors outline-none focus-visible:ring-2 focus-visible:ring-brand/30",
            value === mode.value
              ? "bg-white text-zinc-900 shadow-xs ring-1 ring-zinc-200"
              : "text-zinc-500 hover:text-zinc-800",
          )}
        >
          {mode.label}
        </button>
      ))}
    </div>
  );
}
