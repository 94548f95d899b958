"use client";

import { ZSessionListPage } from "@spanlight/core";
import type { TSessionListPage, TSessionSort } from "@spanlight/core";
import type { ReactNode } from "react";
import { apiFetch } from "@/lib/api-client/api-fetch";
import { useKeysetPages } from "../hooks/use-keyset-pages";
import type { TSortState } from "../lib/sort";
import { sessionsApiPath } from "../lib/routes";
import { LoadMoreFooter } from "./load-more-footer";
import { SessionsTable } from "./sessions-table";

type TPagedSessionsTableProps = {
  projectId: string;
  initial: TSessionListPage;
  /** The first page's query (filters, sort, window) as a query string; later pages add the cursor. */
  apiQuery: string;
  sorting?: { sort: TSortState<TSessionSort>; onSort: (key: TSessionSort) => void };
  hasUserColumn?: boolean;
  empty: ReactNode;
  isDimmed?: boolean;
};

/** The sessions table with "Load more". Key it by `apiQuery`, so a new query starts from its first page. */
export function PagedSessionsTable({ projectId, initial, apiQuery, ...tableProps }: TPagedSessionsTableProps) {
  const pages = useKeysetPages({
    initial,
    fetchPage: (cursor) =>
      apiFetch(sessionsApiPath(projectId, `${apiQuery}&cursor=${encodeURIComponent(cursor)}`), {
        schema: ZSessionListPage,
      }),
  });
  return (
    <>
      <SessionsTable projectId={projectId} sessions={pages.rows} {...tableProps} />
      {pages.rows.length > 0 ? (
        <LoadMoreFooter
          shownCount={pages.rows.length}
          noun={{ one: "session", other: "sessions" }}
          hasMore={pages.hasMore}
          isLoading={pages.isLoading}
          error={pages.error}
          onLoadMore={() => void pages.loadMore()}
        />
      ) : null}
    </>
  );
}
