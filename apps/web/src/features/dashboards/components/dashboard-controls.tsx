"use client";

import { X } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { readTimeRange, TimeRangePicker } from "@/features/trace-list";
import { DASHBOARD_FILTER_KEYS } from "../lib/dashboard-url";
import type { TDashboardFilterKey } from "../lib/dashboard-url";

const FILTER_LABELS: Record<TDashboardFilterKey, { label: string; placeholder: string }> = {
  name: { label: "Trace name", placeholder: "Trace name contains…" },
  environment: { label: "Environment", placeholder: "Environment" },
  tags: { label: "Tags", placeholder: "Tags (a,b)" },
  userId: { label: "User", placeholder: "User id" },
  release: { label: "Release", placeholder: "Release" },
};

type TDashboardControlsProps = {
  params: URLSearchParams;
  onChange: (edit: (params: URLSearchParams) => void) => void;
};

/** The global controls: time range (presets or custom) and the filters every chart shares. */
export function DashboardControls({ params, onChange }: TDashboardControlsProps) {
  const hasFilters = DASHBOARD_FILTER_KEYS.some((key) => params.get(key));
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-lg border border-zinc-200 bg-white px-3 py-2 shadow-xs">
      <TimeRangePicker range={readTimeRange(params)} onChange={onChange} />
      <span className="mx-1 h-5 w-px bg-zinc-200" aria-hidden />
      {DASHBOARD_FILTER_KEYS.map((key) => (
        <FilterInput
          // Keyed by the URL's value, so a change from elsewhere (Clear filters) resets the draft.
          key={`${key}:${params.get(key) ?? ""}`}
          label={FILTER_LABELS[key].label}
          placeholder={FILTER_LABELS[key].placeholder}
          value={params.get(key) ?? ""}
          onCommit={(value) => onChange((next) => (value ? next.set(key, value) : next.delete(key)))}
        />
      ))}
      {hasFilters ? (
        <Button
          variant="ghost"
          size="sm"
          onClick={() => onChange((next) => DASHBOARD_FILTER_KEYS.forEach((key) => next.delete(key)))}
        >
          <X className="size-3.5" aria-hidden /> Clear filters
        </Button>
      ) : null}
    </div>
  );
}

/** Commits on Enter or blur, so a chart does not reload per keystroke. */
function FilterInput(props: { label: string; placeholder: string; value: string; onCommit: (value: string) => void }) {
  const [draft, setDraft] = useState(props.value);
  const commit = () => {
    if (draft.trim() !== props.value) props.onCommit(draft.trim());
  };
  return (
    <Input
      aria-label={props.label}
      placeholder={props.placeholder}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === "Enter") commit();
      }}
      className="h-7 w-36 text-12"
    />
  );
}
