"use client";

import { ZUserListPage } from "@spanlight/core";
import type { TUserListPage, TUserSort } from "@spanlight/core";
import Link from "next/link";
import type { ReactNode } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import {
  EmptyRow,
  ErrorCountCell,
  LoadMoreFooter,
  NumberCell,
  SortableHead,
  TimeCell,
  useKeysetPages,
} from "@/features/sessions";
import type { TSortState } from "@/features/sessions";
import { formatInteger } from "@/features/trace-detail/lib/format";
import { userPagePath } from "@/features/trace-detail/lib/routes";
import { apiFetch } from "@/lib/api-client/api-fetch";
import { cn } from "@/lib/utils";
import { usersApiPath } from "../lib/routes";
import { CostValue } from "@/features/trace-detail/components/cost-value";

type TUsersTableProps = {
  projectId: string;
  initial: TUserListPage;
  /** The first page's query as a query string; later pages add the cursor. */
  apiQuery: string;
  sort: TSortState<TUserSort>;
  onSort: (key: TUserSort) => void;
  empty: ReactNode;
  isDimmed: boolean;
};

const COLUMN_COUNT = 8;

/** End-users with their rolled-up numbers and "Load more". Key it by `apiQuery`. */
export function UsersTable({ projectId, initial, apiQuery, sort, onSort, empty, isDimmed }: TUsersTableProps) {
  const pages = useKeysetPages({
    initial,
    fetchPage: (cursor) =>
      apiFetch(usersApiPath(projectId, `${apiQuery}&cursor=${encodeURIComponent(cursor)}`), { schema: ZUserListPage }),
  });
  const head = (label: string, sortKey: TUserSort) => (
    <SortableHead
      label={label}
      sortKey={sortKey}
      sort={sort}
      onSort={onSort}
      isNumeric={sortKey !== "firstSeenAt" && sortKey !== "lastSeenAt"}
    />
  );
  return (
    <>
      <Table
        aria-label="Users"
        aria-busy={isDimmed || undefined}
        className={cn("transition-opacity", isDimmed && "opacity-60")}
      >
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead className="px-3">User</TableHead>
            {head("Traces", "traceCount")}
            <TableHead className="px-3 text-right">Sessions</TableHead>
            {head("Tokens", "tokens")}
            {head("Cost", "cost")}
            <TableHead className="px-3 text-right">Errors</TableHead>
            {head("First seen", "firstSeenAt")}
            {head("Last seen", "lastSeenAt")}
          </TableRow>
        </TableHeader>
        <TableBody>
          {pages.rows.length === 0 ? <EmptyRow columnCount={COLUMN_COUNT}>{empty}</EmptyRow> : null}
          {pages.rows.map((user) => (
            <TableRow key={user.userId} data-user-id={user.userId}>
              <TableCell className="h-10 max-w-80 px-3">
                <Link
                  href={userPagePath(projectId, user.userId)}
                  title={user.userId}
                  className="block truncate font-medium text-zinc-900 underline-offset-2 hover:text-brand hover:underline"
                >
                  {user.userId}
                </Link>
              </TableCell>
              <NumberCell>{formatInteger(user.traceCount)}</NumberCell>
              <NumberCell>{formatInteger(user.sessionCount)}</NumberCell>
              <NumberCell>{formatInteger(user.totalTokens)}</NumberCell>
              <NumberCell>
                <CostValue usd={user.costUsd} />
              </NumberCell>
              <ErrorCountCell count={user.errorCount} />
              <TimeCell iso={user.firstSeenAt} />
              <TimeCell iso={user.lastSeenAt} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pages.rows.length > 0 ? (
        <LoadMoreFooter
          shownCount={pages.rows.length}
          noun={{ one: "user", other: "users" }}
          hasMore={pages.hasMore}
          isLoading={pages.isLoading}
          error={pages.error}
          onLoadMore={() => void pages.loadMore()}
        />
      ) : null}
    </>
  );
}
