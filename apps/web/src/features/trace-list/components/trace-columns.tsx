import type { TTraceSummary } from "@spanlight/core";
import { createColumnHelper } from "@tanstack/react-table";
import { Time } from "@/components/ui/relative-time";
import { sessionPagePath, userPagePath } from "@/features/trace-detail/lib/routes";
import { formatDuration, formatInteger, formatTokens } from "../lib/format-cells";
import { tracePagePath } from "../lib/routes";
import type { TRACE_TABLE_FEATURES } from "../lib/table-features";
import { CostValue } from "@/features/trace-detail/components/cost-value";
import {
  EmptyCell,
  ScoreMeansCell,
  EntityLink,
  ErrorCountBadge,
  KindsAndModels,
  SelectBox,
  TagBadges,
  TokensCell,
  TraceNameLink,
  TruncatedText,
} from "./trace-cells";

const helper = createColumnHelper<typeof TRACE_TABLE_FEATURES, TTraceSummary>();

/**
 * The list's columns. The ids of the sortable ones are the API's sort keys (startTime, latency,
 * cost, tokens), so the table's sorting state maps onto the URL one to one.
 */
export const TRACE_COLUMNS = helper.columns([
  helper.display({
    id: "select",
    enableHiding: false,
    enableSorting: false,
    size: 36,
    enableResizing: false,
    meta: { label: "Select", width: 36 },
    header: ({ table }) => (
      <SelectBox
        label="Select all loaded traces"
        checked={table.getIsAllRowsSelected()}
        indeterminate={table.getIsSomeRowsSelected()}
        onChange={() => table.toggleAllRowsSelected()}
      />
    ),
    cell: ({ row }) => (
      <SelectBox
        label={`Select trace ${row.original.name ?? row.original.traceId}`}
        checked={row.getIsSelected()}
        onChange={() => row.toggleSelected()}
      />
    ),
  }),
  helper.accessor("startTime", {
    id: "startTime",
    header: "Time",
    enableHiding: false,
    sortDescFirst: true,
    size: 104,
    meta: { label: "Time", width: 104 },
    cell: (info) => (
      <span className="text-zinc-500 tabular-nums">
        <Time iso={info.getValue()} />
      </span>
    ),
  }),
  helper.accessor("name", {
    id: "name",
    header: "Name",
    enableSorting: false,
    enableHiding: false,
    size: 160,
    meta: { label: "Name", width: 160 },
    cell: (info) => (
      <TraceNameLink
        href={tracePagePath(info.table.options.meta!.projectId, info.row.original.traceId)}
        name={info.getValue()}
      />
    ),
  }),
  helper.accessor("inputPreview", {
    id: "input",
    header: "Input",
    enableSorting: false,
    enableResizing: false,
    meta: { label: "Input" },
    cell: (info) => <TruncatedText text={info.getValue()} className="text-zinc-600" />,
  }),
  helper.accessor("outputPreview", {
    id: "output",
    header: "Output",
    enableSorting: false,
    enableResizing: false,
    meta: { label: "Output" },
    cell: (info) => <TruncatedText text={info.getValue()} className="text-zinc-600" />,
  }),
  helper.accessor("userId", {
    id: "user",
    header: "User",
    enableSorting: false,
    size: 112,
    meta: { label: "User", width: 112 },
    cell: (info) => {
      const userId = info.getValue();
      return (
        <EntityLink href={userId ? userPagePath(info.table.options.meta!.projectId, userId) : ""} value={userId} />
      );
    },
  }),
  helper.accessor("sessionId", {
    id: "session",
    header: "Session",
    enableSorting: false,
    size: 140,
    meta: { label: "Session", width: 140 },
    cell: (info) => {
      const sessionId = info.getValue();
      const href = sessionId ? sessionPagePath(info.table.options.meta!.projectId, sessionId) : "";
      return <EntityLink href={href} value={sessionId} />;
    },
  }),
  helper.accessor("tags", {
    id: "tags",
    header: "Tags",
    enableSorting: false,
    size: 120,
    meta: { label: "Tags", width: 120 },
    cell: (info) => <TagBadges tags={info.getValue()} onSelect={info.table.options.meta!.onFilterByTag} />,
  }),
  helper.accessor("environment", {
    id: "environment",
    header: "Env",
    enableSorting: false,
    size: 100,
    meta: { label: "Environment", width: 100 },
    cell: (info) => <TruncatedText text={info.getValue()} />,
  }),
  helper.accessor("durationMs", {
    id: "latency",
    header: "Latency",
    sortDescFirst: true,
    size: 72,
    meta: { label: "Latency", width: 72, isNumeric: true },
    cell: (info) => formatDuration(info.getValue()),
  }),
  helper.accessor("totalTokens", {
    id: "tokens",
    header: "Tokens",
    sortDescFirst: true,
    size: 64,
    meta: { label: "Tokens", width: 64, isNumeric: true },
    cell: (info) => <TokensCell trace={info.row.original} text={formatTokens(info.getValue())} />,
  }),
  helper.accessor("costUsd", {
    id: "cost",
    header: "Cost",
    sortDescFirst: true,
    size: 76,
    meta: { label: "Cost", width: 76, isNumeric: true },
    cell: (info) => (info.getValue() === 0 ? <EmptyCell /> : <CostValue usd={info.getValue()} />),
  }),
  helper.accessor("spanCount", {
    id: "spans",
    header: "Spans",
    enableSorting: false,
    size: 56,
    meta: { label: "Span count", width: 56, isNumeric: true },
    cell: (info) => formatInteger(info.getValue()),
  }),
  helper.accessor("errorCount", {
    id: "errors",
    header: "Errors",
    enableSorting: false,
    size: 56,
    meta: { label: "Errors", width: 56 },
    cell: (info) => <ErrorCountBadge count={info.getValue()} />,
  }),
  // One column for what ran: the span kinds as the trace page's icons, then the models called.
  helper.display({
    id: "models",
    header: "Kinds · Models",
    enableSorting: false,
    size: 156,
    meta: { label: "Kinds & models", width: 156 },
    cell: (info) => <KindsAndModels kinds={info.row.original.kinds} models={info.row.original.models} />,
  }),
  // The mean per name the view's `scoreColumns` asks for (the filter panel sets them).
  helper.display({
    id: "scores",
    header: "Scores",
    enableSorting: false,
    size: 160,
    meta: { label: "Scores", width: 160 },
    cell: (info) => <ScoreMeansCell means={info.row.original.scoreMeans} />,
  }),
]);
