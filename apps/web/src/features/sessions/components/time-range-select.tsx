"use client";

import { Clock } from "lucide-react";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { parseTimeRange, TIME_RANGES } from "../lib/time-range";
import type { TTimeRange } from "../lib/time-range";

export function TimeRangeSelect({ value, onChange }: { value: TTimeRange; onChange: (range: TTimeRange) => void }) {
  return (
    <Select value={value} onValueChange={(next) => onChange(parseTimeRange(next))}>
      <SelectTrigger aria-label="Time range" className="w-40 justify-start">
        <Clock className="size-3.5 shrink-0 text-zinc-400" aria-hidden />
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {TIME_RANGES.map((range) => (
          <SelectItem key={range.value} value={range.value}>
            {range.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
