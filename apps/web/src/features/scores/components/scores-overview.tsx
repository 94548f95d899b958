"use client";

import { ZScoreListPage, ZScoreSource, ZScoreStats } from "@spanlight/core";
import type { TScore, TScoreListPage, TScoreSource, TScoreStats } from "@spanlight/core";
import { useCallback, useEffect, useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { LoadMoreFooter, TimeRangeSelect, useKeysetPages, windowOf } from "@/features/sessions";
import type { TTimeRange } from "@/features/sessions";
import { apiFetch, errorMessage } from "@/lib/api-client/api-fetch";
import { useScoreConfigs } from "../hooks/use-scores-query";
import { scoresApiPath } from "../lib/routes";
import { ScoreCharts } from "./score-charts";
import { ScoreConfigsCard } from "./score-configs-card";
import { ScoresTable } from "./scores-table";

const ALL = "__all__";
const HOUR_MS = 3_600_000;

type TFilters = { range: TTimeRange; name: string | null; source: TScoreSource | null };

/** The Scores page: filters, the chosen name's charts, every score in a keyset-paged table, configs. */
export function ScoresOverview({
  projectId,
  currentUserId,
  canManage,
}: {
  projectId: string;
  currentUserId: string;
  canManage: boolean;
}) {
  const [filters, setFilterState] = useState<TFilters>({ range: "7d", name: null, source: null });
  // "Now" is fixed when the filters change, so the first page and its later pages share one window.
  const [nowMs, setNowMs] = useState(() => Date.now());
  const configs = useScoreConfigs(projectId);
  const setFilters = (update: (previous: TFilters) => TFilters) => {
    setFilterState(update);
    setNowMs(Date.now());
  };
  const query = useMemo(() => {
    const params = new URLSearchParams(windowOf(filters.range, nowMs));
    if (filters.name) params.set("name", filters.name);
    if (filters.source) params.set("source", filters.source);
    return params;
  }, [filters, nowMs]);
  const [stats, setStats] = useState<TScoreStats | null>(null);
  const [firstPage, setFirstPage] = useState<TScoreListPage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let isCancelled = false;
    Promise.all([
      apiFetch(`${scoresApiPath(projectId)}/stats?${query.toString()}`, { schema: ZScoreStats }),
      apiFetch(scoresApiPath(projectId, query), { schema: ZScoreListPage }),
    ])
      .then(([nextStats, page]) => {
        if (isCancelled) return;
        setStats(nextStats);
        setFirstPage(page);
        setError(null);
      })
      .catch((caught: unknown) => !isCancelled && setError(errorMessage(caught)));
    return () => {
      isCancelled = true;
    };
  }, [projectId, query]);

  const { reload: reloadConfigs } = configs;
  const onConfigsChanged = useCallback(() => {
    reloadConfigs();
    setNowMs(Date.now());
  }, [reloadConfigs]);
  const isHourly = Date.parse(query.get("to") ?? "") - Date.parse(query.get("from") ?? "") <= 2 * 24 * HOUR_MS;

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Score filters">
        <TimeRangeSelect
          value={filters.range}
          onChange={(range) => setFilters((previous) => ({ ...previous, range }))}
        />
        <Select
          value={filters.name ?? ALL}
          onValueChange={(value) => setFilters((previous) => ({ ...previous, name: value === ALL ? null : value }))}
        >
          <SelectTrigger className="w-48" aria-label="Score name">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>All names</SelectItem>
            {(stats?.names ?? []).map((entry) => (
              <SelectItem key={entry.name} value={entry.name}>
                {entry.name} ({entry.count})
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <Select
          value={filters.source ?? ALL}
          onValueChange={(value) =>
            setFilters((previous) => ({ ...previous, source: value === ALL ? null : ZScoreSource.parse(value) }))
          }
        >
          <SelectTrigger className="w-40" aria-label="Score source">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>All sources</SelectItem>
            {ZScoreSource.options.map((source) => (
              <SelectItem key={source} value={source}>
                {source.toLowerCase()}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      {error ? <Alert>{error}</Alert> : null}
      {stats?.stats ? (
        <section aria-label="Charts" className="flex flex-col gap-2">
          <h2 className="text-13 font-semibold text-zinc-900">
            {stats.stats.name}
            {filters.name ? (
              ""
            ) : (
              <span className="font-normal text-zinc-500"> · the most given name; pick another above</span>
            )}
          </h2>
          <ScoreCharts stats={stats.stats} isHourly={isHourly} />
        </section>
      ) : null}
      <Card className="overflow-hidden">
        {firstPage ? (
          <PagedScores
            key={query.toString()}
            projectId={projectId}
            query={query}
            initial={firstPage}
            configs={configs.data}
            currentUserId={currentUserId}
          />
        ) : (
          <p className="px-5 py-8 text-center text-13 text-zinc-500">Loading scores…</p>
        )}
      </Card>
      <ScoreConfigsCard
        projectId={projectId}
        configs={configs.data}
        canManage={canManage}
        onChanged={onConfigsChanged}
      />
    </div>
  );
}

function PagedScores(props: {
  projectId: string;
  query: URLSearchParams;
  initial: TScoreListPage;
  configs: Parameters<typeof ScoresTable>[0]["configs"];
  currentUserId: string;
}) {
  const { projectId, query } = props;
  const pages = useKeysetPages<TScore>({
    initial: props.initial,
    fetchPage: (cursor) => {
      const next = new URLSearchParams(query);
      next.set("cursor", cursor);
      return apiFetch(scoresApiPath(projectId, next), { schema: ZScoreListPage });
    },
  });
  return (
    <>
      <ScoresTable
        projectId={projectId}
        scores={pages.rows}
        configs={props.configs}
        currentUserId={props.currentUserId}
        empty="No scores in this window. Send them with POST /api/public/scores, or annotate a trace."
      />
      {pages.rows.length > 0 ? (
        <LoadMoreFooter
          shownCount={pages.rows.length}
          noun={{ one: "score", other: "scores" }}
          hasMore={pages.hasMore}
          isLoading={pages.isLoading}
          error={pages.error}
          onLoadMore={() => void pages.loadMore()}
        />
      ) : null}
    </>
  );
}
