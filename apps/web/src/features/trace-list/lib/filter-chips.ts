// The active filters as removable chips: what each says, and how the URL looks without it.
import { ZSpanKind } from "@spanlight/core";
import { SPAN_KIND_STYLES } from "@/features/trace-detail/lib/span-kind-styles";
import { formatBounds, formatCost, formatDuration, formatTokens } from "./format-cells";
import { listParam } from "./list-url";
import type { TListParamKey } from "./list-url";

export type TFilterChip = {
  id: string;
  label: string;
  value: string;
  /** Edits a copy of the URL's params so the chip's filter is gone. */
  remove: (params: URLSearchParams) => void;
};

const TEXT_FILTERS: [TListParamKey, string][] = [
  ["name", "Name"],
  ["userId", "User"],
  ["sessionId", "Session"],
  ["environment", "Environment"],
  ["release", "Release"],
  ["score", "Scores"],
  ["hasScore", "Has score"],
  ["noScore", "Without score"],
];

const LIST_FILTERS: [TListParamKey, string, (item: string) => string][] = [
  ["tags", "Tag", (tag) => tag],
  ["model", "Model", (model) => model],
  ["kind", "Kind", kindLabel],
];

const RANGE_FILTERS: [TListParamKey, TListParamKey, string, (value: number) => string][] = [
  ["minLatencyMs", "maxLatencyMs", "Latency", formatDuration],
  ["minCost", "maxCost", "Cost", formatCost],
  ["minTokens", "maxTokens", "Tokens", formatTokens],
];

/** The search box shows its own text, so search has no chip. */
export function activeFilterChips(params: URLSearchParams): TFilterChip[] {
  const chips: TFilterChip[] = [];
  for (const [key, label] of TEXT_FILTERS) {
    const value = params.get(key);
    if (value) chips.push({ id: key, label, value, remove: (next) => next.delete(key) });
  }
  for (const [key, label, format] of LIST_FILTERS) {
    const items = listParam(params, key);
    for (const item of items) {
      const rest = items.filter((other) => other !== item).join(",");
      chips.push({ id: `${key}:${item}`, label, value: format(item), remove: (next) => next.set(key, rest) });
    }
  }
  const metadataKey = params.get("metadataKey");
  if (metadataKey) {
    const metadataValue = params.get("metadataValue");
    chips.push({
      id: "metadata",
      label: "Metadata",
      value: metadataValue ? `${metadataKey} = ${metadataValue}` : `has ${metadataKey}`,
      remove: (next) => {
        next.delete("metadataKey");
        next.delete("metadataValue");
      },
    });
  }
  const status = params.get("status");
  if (status === "error" || status === "ok") {
    chips.push({
      id: "status",
      label: "Status",
      value: status === "error" ? "Errors" : "OK",
      remove: (next) => next.delete("status"),
    });
  }
  for (const [minKey, maxKey, label, format] of RANGE_FILTERS) {
    const min = params.get(minKey);
    const max = params.get(maxKey);
    if (!min && !max) continue;
    const remove = (next: URLSearchParams) => {
      next.delete(minKey);
      next.delete(maxKey);
    };
    chips.push({ id: minKey, label, value: formatBounds(min, max, format), remove });
  }
  return chips;
}

function kindLabel(kind: string): string {
  const parsed = ZSpanKind.safeParse(kind);
  return parsed.success ? SPAN_KIND_STYLES[parsed.data].label : kind;
}
