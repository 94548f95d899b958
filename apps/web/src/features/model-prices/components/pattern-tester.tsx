"use client";

import { CircleCheck, CircleX } from "lucide-react";
import { useId, useState } from "react";
import { Input } from "@/components/ui/input";
import { compileMatchPattern } from "../match-pattern";

/** Tries the pattern on a model id while it is typed, anchored as ingestion anchors it. */
export function PatternTester({ pattern, initialModel }: { pattern: string; initialModel: string }) {
  const [model, setModel] = useState(initialModel);
  const inputId = useId();
  const compiled = pattern.trim() ? compileMatchPattern(pattern.trim()) : null;
  const trimmedModel = model.trim();

  return (
    <div className="flex items-center gap-3 rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2">
      <label htmlFor={inputId} className="shrink-0 text-12 text-zinc-500">
        Try a model id
      </label>
      {/* No name: the tester is not part of what the form sends. */}
      <Input
        id={inputId}
        value={model}
        onChange={(event) => setModel(event.target.value)}
        placeholder="e.g. llama3.1:8b"
        autoComplete="off"
        spellCheck={false}
        className="h-7 font-mono text-12"
      />
      <span role="status" className="w-24 shrink-0 text-12">
        <TestOutcome
          hasPattern={compiled !== null}
          hasModel={trimmedModel !== ""}
          isMatch={compiled?.test(trimmedModel) ?? false}
        />
      </span>
    </div>
  );
}

function TestOutcome({ hasPattern, hasModel, isMatch }: { hasPattern: boolean; hasModel: boolean; isMatch: boolean }) {
  if (!hasPattern || !hasModel) return <span className="text-zinc-400">—</span>;
  if (isMatch) {
    return (
      <span className="inline-flex items-center gap-1 font-medium text-emerald-700">
        <CircleCheck className="size-3.5" aria-hidden />
        Matches
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-1 font-medium text-zinc-600">
      <CircleX className="size-3.5" aria-hidden />
      No match
    </span>
  );
}
