"use client";

import { ZUserDetail } from "@spanlight/core";
import type { TTraceListPage } from "@spanlight/core";
import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { EmptyRow, LoadMoreFooter, NumberCell, TimeCell, tracePagePath, useKeysetPages } from "@/features/sessions";
import { Badge } from "@/components/ui/badge";
import { formatDuration, formatInteger } from "@/features/trace-detail/lib/format";
import { sessionPagePath } from "@/features/trace-detail/lib/routes";
import { apiFetch } from "@/lib/api-client/api-fetch";
import { userApiPath } from "../lib/routes";
import { CostValue } from "@/features/trace-detail/components/cost-value";

const COLUMN_COUNT = 7;

/** A user's traces, newest first, each linking to its trace page; "Load more" pages back in time. */
export function UserTracesTable({
  projectId,
  userId,
  initial,
}: {
  projectId: string;
  userId: string;
  initial: TTraceListPage;
}) {
  const pages = useKeysetPages({
    initial,
    fetchPage: async (cursor) => {
      const detail = await apiFetch(userApiPath(projectId, userId, `cursor=${encodeURIComponent(cursor)}`), {
        schema: ZUserDetail,
      });
      return detail.traces;
    },
  });
  return (
    <>
      <Table aria-label="Traces">
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead className="px-3">Started</TableHead>
            <TableHead className="px-3">Trace</TableHead>
            <TableHead className="px-3">Session</TableHead>
            <TableHead className="px-3 text-right">Latency</TableHead>
            <TableHead className="px-3 text-right">Tokens</TableHead>
            <TableHead className="px-3 text-right">Cost</TableHead>
            <TableHead className="px-3">Status</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {pages.rows.length === 0 ? <EmptyRow columnCount={COLUMN_COUNT}>No traces.</EmptyRow> : null}
          {pages.rows.map((trace) => (
            <TableRow key={trace.traceId} data-trace-id={trace.traceId}>
              <TimeCell iso={trace.startTime} />
              <TableCell className="h-10 max-w-md px-3">
                <Link
                  href={tracePagePath(projectId, trace.traceId)}
                  className="block truncate font-medium text-zinc-900 underline-offset-2 hover:text-brand hover:underline"
                >
                  {trace.name ?? <span className="font-mono text-12">{trace.traceId.slice(0, 16)}</span>}
                </Link>
                {trace.inputPreview ? (
                  <span className="block truncate text-12 text-zinc-500" title={trace.inputPreview}>
                    {trace.inputPreview}
                  </span>
                ) : null}
              </TableCell>
              <TableCell className="h-10 max-w-48 px-3">
                {trace.sessionId ? (
                  <Link
                    href={sessionPagePath(projectId, trace.sessionId)}
                    title={trace.sessionId}
                    className="block truncate font-mono text-12 text-zinc-600 underline-offset-2 hover:text-brand hover:underline"
                  >
                    {trace.sessionId}
                  </Link>
                ) : (
                  <span className="text-zinc-300">–</span>
                )}
              </TableCell>
              <NumberCell>{formatDuration(trace.durationMs)}</NumberCell>
              <NumberCell>{formatInteger(trace.totalTokens)}</NumberCell>
              <NumberCell>
                <CostValue usd={trace.costUsd} />
              </NumberCell>
              <TableCell className="h-10 px-3">
                {trace.errorCount > 0 ? (
                  <Badge tone="danger" hasDot className="py-0">
                    Error
                  </Badge>
                ) : (
                  <Badge tone="success" hasDot className="py-0">
                    OK
                  </Badge>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pages.rows.length > 0 ? (
        <LoadMoreFooter
          shownCount={pages.rows.length}
          noun={{ one: "trace", other: "traces" }}
          hasMore={pages.hasMore}
          isLoading={pages.isLoading}
          error={pages.error}
          onLoadMore={() => void pages.loadMore()}
        />
      ) : null}
    </>
  );
}
