"use client";

import { CalendarClock } from "lucide-react";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { inputClasses } from "@/components/ui/input";
import { cn } from "@/lib/utils";
import { findPreset, fromLocalInputValue, TIME_RANGE_PRESETS, toLocalInputValue } from "../lib/time-range";
import type { TTimeRange } from "../lib/time-range";

const CUSTOM = "custom";

type TTimeRangePickerProps = {
  range: TTimeRange;
  onChange: (edit: (params: URLSearchParams) => void) => void;
};

/** A preset window ending now, or custom bounds (entered in the reader's time zone). */
export function TimeRangePicker({ range, onChange }: TTimeRangePickerProps) {
  function onSelect(value: string) {
    const preset = findPreset(value);
    if (preset) {
      onChange((params) => {
        params.set("range", preset.id);
        params.delete("from");
        params.delete("to");
      });
      return;
    }
    // Custom starts from the window on screen, so the list does not jump.
    const now = Date.now();
    const ms = range.kind === "preset" ? range.preset.ms : 24 * 60 * 60_000;
    onChange((params) => {
      params.delete("range");
      params.set("from", new Date(now - ms).toISOString());
      params.set("to", new Date(now).toISOString());
    });
  }

  function onBoundChange(key: "from" | "to", value: string) {
    const iso = fromLocalInputValue(value);
    onChange((params) => {
      if (iso) params.set(key, iso);
      else params.delete(key);
    });
  }

  return (
    <div className="flex items-center gap-1.5">
      <Select value={range.kind === "preset" ? range.preset.id : CUSTOM} onValueChange={onSelect}>
        <SelectTrigger aria-label="Time range" className="h-7 w-auto gap-1.5 text-12">
          <CalendarClock className="size-3.5 text-zinc-400" aria-hidden />
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {TIME_RANGE_PRESETS.map((preset) => (
            <SelectItem key={preset.id} value={preset.id}>
              {preset.label}
            </SelectItem>
          ))}
          <SelectItem value={CUSTOM}>Custom range…</SelectItem>
        </SelectContent>
      </Select>
      {range.kind === "custom" ? (
        <>
          <BoundInput label="From" value={range.from} onCommit={(value) => onBoundChange("from", value)} />
          <span className="text-12 text-zinc-400">–</span>
          <BoundInput label="To" value={range.to} onCommit={(value) => onBoundChange("to", value)} />
        </>
      ) : null}
    </div>
  );
}

/** Commits on blur or Enter: a datetime input changes with every segment typed. */
function BoundInput({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string | undefined;
  onCommit: (value: string) => void;
}) {
  const shown = toLocalInputValue(value);
  return (
    <input
      key={shown}
      type="datetime-local"
      aria-label={label}
      defaultValue={shown}
      onBlur={(event) => {
        if (event.target.value !== shown) onCommit(event.target.value);
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter") onCommit(event.currentTarget.value);
      }}
      className={cn(inputClasses, "h-7 w-auto px-2 text-12 tabular-nums")}
    />
  );
}
