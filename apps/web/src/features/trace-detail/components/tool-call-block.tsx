import type { TChatMessageContract } from "@spanlight/core";
import { Wrench } from "lucide-react";
import { CopyButton } from "@/components/ui/copy-button";
import { prettyJsonText } from "../lib/span-payload";

type TToolCall = NonNullable<TChatMessageContract["toolCalls"]>[number];

/** A tool the model asked for: its name, call id and arguments, pretty-printed when they are JSON. */
export function ToolCallBlock({ call }: { call: TToolCall }) {
  const args = prettyJsonText(call.arguments);
  return (
    <div
      className="overflow-hidden rounded-md border border-amber-200/80 bg-amber-50/40"
      aria-label={`Tool call ${call.name}`}
    >
      <div className="flex h-8 items-center gap-1.5 border-b border-amber-200/60 pr-1 pl-2.5">
        <Wrench className="size-3.5 text-amber-600" aria-hidden />
        <span className="text-12 text-amber-800">Tool call</span>
        <span className="truncate font-mono text-12 font-semibold text-zinc-900">{call.name}</span>
        {call.id ? <span className="truncate font-mono text-[11px] text-zinc-400">{call.id}</span> : null}
        <CopyButton value={args.text} label={`Copy ${call.name} arguments`} className="ml-auto h-6 px-1" />
      </div>
      <pre className="max-h-80 overflow-auto px-3 py-2 font-mono text-12 leading-5 whitespace-pre-wrap text-zinc-800 [overflow-wrap:anywhere]">
        {args.text || "(no arguments)"}
      </pre>
    </div>
  );
}
