"use client";

import type { TSessionSort, TSessionSummary } from "@spanlight/core";
import Link from "next/link";
import type { ReactNode } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDuration, formatInteger } from "@/features/trace-detail/lib/format";
import { sessionPagePath, userPagePath } from "@/features/trace-detail/lib/routes";
import { cn } from "@/lib/utils";
import type { TSortState } from "../lib/sort";
import { EmptyRow, ErrorCountCell, NumberCell, TimeCell } from "./cells";
import { SortableHead } from "./sortable-head";
import { CostValue } from "@/features/trace-detail/components/cost-value";

type TSessionsTableProps = {
  projectId: string;
  sessions: TSessionSummary[];
  /** Sortable headers; without it the columns are plain (a user's sessions, newest first). */
  sorting?: { sort: TSortState<TSessionSort>; onSort: (key: TSessionSort) => void };
  hasUserColumn?: boolean;
  empty: ReactNode;
  isDimmed?: boolean;
};

export function SessionsTable({
  projectId,
  sessions,
  sorting,
  hasUserColumn = true,
  empty,
  isDimmed = false,
}: TSessionsTableProps) {
  const head = (label: string, sortKey: TSessionSort | null, isNumeric = false) =>
    sorting && sortKey ? (
      <SortableHead label={label} sortKey={sortKey} sort={sorting.sort} onSort={sorting.onSort} isNumeric={isNumeric} />
    ) : (
      <TableHead className={cn("px-3", isNumeric && "text-right")}>{label}</TableHead>
    );
  return (
    <Table
      aria-label="Sessions"
      aria-busy={isDimmed || undefined}
      className={cn("transition-opacity", isDimmed && "opacity-60")}
    >
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          {head("Session", null)}
          {hasUserColumn ? head("Users", null) : null}
          {head("Traces", "traceCount", true)}
          {head("First trace", "firstTraceAt")}
          {head("Last activity", "lastTraceAt")}
          {head("Duration", null, true)}
          {head("Tokens", "tokens", true)}
          {head("Cost", "cost", true)}
          {head("Errors", null, true)}
        </TableRow>
      </TableHeader>
      <TableBody>
        {sessions.length === 0 ? <EmptyRow columnCount={hasUserColumn ? 9 : 8}>{empty}</EmptyRow> : null}
        {sessions.map((session) => (
          <TableRow key={session.sessionId} data-session-id={session.sessionId}>
            <TableCell className="h-10 max-w-72 px-3">
              <Link
                href={sessionPagePath(projectId, session.sessionId)}
                title={session.sessionId}
                className="block truncate font-mono text-12 font-medium text-zinc-900 underline-offset-2 hover:text-brand hover:underline"
              >
                {session.sessionId}
              </Link>
            </TableCell>
            {hasUserColumn ? (
              <TableCell className="h-10 max-w-48 px-3">
                <UserLinks projectId={projectId} userIds={session.userIds} />
              </TableCell>
            ) : null}
            <NumberCell>{formatInteger(session.traceCount)}</NumberCell>
            <TimeCell iso={session.firstTraceAt} />
            <TimeCell iso={session.lastTraceAt} />
            <NumberCell>{formatDuration(session.durationMs)}</NumberCell>
            <NumberCell>{formatInteger(session.totalTokens)}</NumberCell>
            <NumberCell>
              <CostValue usd={session.costUsd} />
            </NumberCell>
            <ErrorCountCell count={session.errorCount} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function UserLinks({ projectId, userIds }: { projectId: string; userIds: string[] }) {
  const [first, ...others] = userIds;
  if (first === undefined) return <span className="text-zinc-300">–</span>;
  return (
    <span className="flex min-w-0 items-center gap-1.5">
      <Link
        href={userPagePath(projectId, first)}
        title={first}
        className="truncate text-zinc-700 underline-offset-2 hover:text-brand hover:underline"
      >
        {first}
      </Link>
      {others.length > 0 ? (
        <span
          className="shrink-0 rounded bg-zinc-100 px-1 text-[11px] font-medium text-zinc-500"
          title={others.join(", ")}
        >
          +{others.length}
        </span>
      ) : null}
    </span>
  );
}
