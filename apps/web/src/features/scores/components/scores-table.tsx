"use client";

import type { TScore, TScoreConfig } from "@spanlight/core";
import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Time } from "@/components/ui/relative-time";
import { EmptyRow } from "@/features/sessions";
import { formatScoreValue, scoreAuthorLabel, scoreTone } from "../lib/score-format";

const FEATURES = tableFeatures({});
const column = createColumnHelper<typeof FEATURES, TScore>();

function targetHref(projectId: string, score: TScore): string | null {
  if (!score.traceId) return null;
  const span = score.spanId ? `?span=${encodeURIComponent(score.spanId)}` : "";
  return `/project/${encodeURIComponent(projectId)}/traces/${encodeURIComponent(score.traceId)}${span}`;
}

/** The Scores page's table: one row a score, linking to the trace or span it scores. */
export function ScoresTable(props: {
  projectId: string;
  scores: TScore[];
  configs: TScoreConfig[];
  currentUserId: string;
  empty: ReactNode;
}) {
  const { projectId, configs, currentUserId } = props;
  const configById = new Map(configs.map((config) => [config.id, config]));
  const columns = column.columns([
    column.accessor("timestamp", {
      header: "Time",
      cell: (info) => (
        <span className="whitespace-nowrap text-zinc-500 tabular-nums">
          <Time iso={info.getValue()} />
        </span>
      ),
    }),
    column.accessor("name", {
      header: "Name",
      cell: (info) => <span className="font-medium text-zinc-900">{info.getValue()}</span>,
    }),
    column.accessor("value", {
      header: "Value",
      cell: (info) => {
        const score = info.row.original;
        return (
          <Badge tone={scoreTone(score, score.configId ? configById.get(score.configId) : undefined)}>
            {formatScoreValue(info.getValue())}
          </Badge>
        );
      },
    }),
    column.accessor("source", { header: "Source", cell: (info) => <Badge tone="neutral">{info.getValue()}</Badge> }),
    column.display({
      id: "author",
      header: "Author",
      cell: (info) => scoreAuthorLabel(info.row.original, currentUserId),
    }),
    column.display({
      id: "target",
      header: "Target",
      cell: (info) => {
        const score = info.row.original;
        const href = targetHref(projectId, score);
        const label = score.sessionId
          ? `session ${score.sessionId}`
          : `${score.spanId ? "span" : "trace"} ${(score.spanId ?? score.traceId ?? "").slice(0, 12)}`;
        return href ? (
          <Link
            href={href}
            className="font-mono text-12 text-zinc-700 underline-offset-2 hover:text-brand hover:underline"
          >
            {label}
          </Link>
        ) : (
          <span className="font-mono text-12 text-zinc-700">{label}</span>
        );
      },
    }),
    column.accessor("comment", {
      header: "Comment",
      cell: (info) => (
        <span className="block max-w-80 truncate text-zinc-600" title={info.getValue() ?? undefined}>
          {info.getValue() ?? ""}
          {info.row.original.correction != null ? <Badge className="ml-1">correction</Badge> : null}
        </span>
      ),
    }),
  ]);
  const table = useTable({ features: FEATURES, columns, data: props.scores, getRowId: (row) => row.id });
  return (
    <Table aria-label="Scores">
      <TableHeader>
        {table.getHeaderGroups().map((group) => (
          <TableRow key={group.id} className="hover:bg-transparent">
            {group.headers.map((header) => (
              <TableHead key={header.id} className="px-3">
                <table.FlexRender header={header} />
              </TableHead>
            ))}
          </TableRow>
        ))}
      </TableHeader>
      <TableBody>
        {props.scores.length === 0 ? <EmptyRow columnCount={columns.length}>{props.empty}</EmptyRow> : null}
        {table.getRowModel().rows.map((row) => (
          <TableRow key={row.id} data-score-id={row.id}>
            {row.getAllCells().map((cell) => (
              <TableCell key={cell.id} className="h-10 px-3 text-13">
                <table.FlexRender cell={cell} />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
