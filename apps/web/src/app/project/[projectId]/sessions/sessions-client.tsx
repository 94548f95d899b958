"use client";

import type { TSessionListPage, TSessionSort } from "@spanlight/core";
import { PageContainer, PageHeader } from "@/components/layout/page";
import { Card } from "@/components/ui/card";
import {
  DEFAULT_TIME_RANGE,
  DroppedParamsNotice,
  nextSort,
  PagedSessionsTable,
  SearchField,
  TimeRangeSelect,
  timeRangeLabel,
  useListNavigation,
} from "@/features/sessions";
import type { TSessionListFilters } from "@/features/sessions";

type TSessionsClientProps = {
  projectId: string;
  filters: TSessionListFilters;
  page: TSessionListPage;
  apiQuery: string;
  droppedKeys: string[];
};

export function SessionsClient({ projectId, filters, page, apiQuery, droppedKeys }: TSessionsClientProps) {
  const { setParams, isPending } = useListNavigation({
    range: filters.range === DEFAULT_TIME_RANGE ? undefined : filters.range,
    userId: filters.userId || undefined,
    search: filters.search || undefined,
    sort: filters.sort === "lastTraceAt" ? undefined : filters.sort,
    order: filters.order === "desc" ? undefined : filters.order,
  });
  const sort = { key: filters.sort, order: filters.order };
  const onSort = (key: TSessionSort) => {
    const next = nextSort(sort, key);
    setParams({ sort: next.key, order: next.order });
  };
  const isFiltered = Boolean(filters.search || filters.userId);
  return (
    <PageContainer>
      <PageHeader
        title="Sessions"
        description="Multi-turn conversations: the traces that share a session id, in the order they happened."
      />
      <DroppedParamsNotice keys={droppedKeys} />
      <Card className="overflow-hidden">
        <div className="flex flex-wrap items-center gap-2 border-b border-zinc-200 px-3 py-2.5">
          <SearchField
            label="Search sessions"
            placeholder="Search session ids…"
            defaultValue={filters.search}
            onSearch={(search) => setParams({ search: search || undefined })}
            className="w-72"
          />
          <SearchField
            label="Filter by user"
            placeholder="User id"
            defaultValue={filters.userId}
            onSearch={(userId) => setParams({ userId: userId || undefined })}
            className="w-52"
          />
          <div className="ml-auto">
            <TimeRangeSelect value={filters.range} onChange={(range) => setParams({ range })} />
          </div>
        </div>
        <PagedSessionsTable
          key={apiQuery}
          projectId={projectId}
          initial={page}
          apiQuery={apiQuery}
          sorting={{ sort, onSort }}
          isDimmed={isPending}
          empty={
            isFiltered
              ? "No sessions match these filters in this time range."
              : `No sessions in the ${timeRangeLabel(filters.range).toLowerCase()}. Pick a longer time range.`
          }
        />
      </Card>
    </PageContainer>
  );
}
