"use client";

import type { TUserListPage, TUserSort } from "@spanlight/core";
import { PageContainer, PageHeader } from "@/components/layout/page";
import { Card } from "@/components/ui/card";
import {
  DEFAULT_TIME_RANGE,
  DroppedParamsNotice,
  nextSort,
  SearchField,
  TimeRangeSelect,
  timeRangeLabel,
  useListNavigation,
} from "@/features/sessions";
import { UsersTable } from "@/features/users";
import type { TUserListFilters } from "@/features/users";

type TUsersClientProps = {
  projectId: string;
  filters: TUserListFilters;
  page: TUserListPage;
  apiQuery: string;
  droppedKeys: string[];
};

export function UsersClient({ projectId, filters, page, apiQuery, droppedKeys }: TUsersClientProps) {
  const { setParams, isPending } = useListNavigation({
    range: filters.range === DEFAULT_TIME_RANGE ? undefined : filters.range,
    search: filters.search || undefined,
    sort: filters.sort === "lastSeenAt" ? undefined : filters.sort,
    order: filters.order === "desc" ? undefined : filters.order,
  });
  const sort = { key: filters.sort, order: filters.order };
  const onSort = (key: TUserSort) => {
    const next = nextSort(sort, key);
    setParams({ sort: next.key, order: next.order });
  };
  return (
    <PageContainer>
      <PageHeader
        title="Users"
        description="The end-users of your application, from the user id on their traces: usage, cost and errors per person."
      />
      <DroppedParamsNotice keys={droppedKeys} />
      <Card className="overflow-hidden">
        <div className="flex flex-wrap items-center gap-2 border-b border-zinc-200 px-3 py-2.5">
          <SearchField
            label="Search users"
            placeholder="Search user ids…"
            defaultValue={filters.search}
            onSearch={(search) => setParams({ search: search || undefined })}
            className="w-72"
          />
          <div className="ml-auto">
            <TimeRangeSelect value={filters.range} onChange={(range) => setParams({ range })} />
          </div>
        </div>
        <UsersTable
          key={apiQuery}
          projectId={projectId}
          initial={page}
          apiQuery={apiQuery}
          sort={sort}
          onSort={onSort}
          isDimmed={isPending}
          empty={
            filters.search
              ? "No users match this search in this time range."
              : `No users in the ${timeRangeLabel(filters.range).toLowerCase()}. Pick a longer time range.`
          }
        />
      </Card>
    </PageContainer>
  );
}
