"use client";

import { ZScoreConfigList, ZScoreListPage } from "@spanlight/core";
import type { TScore, TScoreConfig } from "@spanlight/core";
import { useCallback, useEffect, useState } from "react";
import { apiFetch, errorMessage } from "@/lib/api-client/api-fetch";
import { scoreConfigsApiPath, scoresApiPath } from "../lib/routes";

type TLoad<T> = { data: T; error: string | null; isLoading: boolean; reload: () => void };

/** The project's score configs (archived included: old scores still name them). */
export function useScoreConfigs(projectId: string): TLoad<TScoreConfig[]> {
  return useLoad(
    useCallback(
      async () => (await apiFetch(scoreConfigsApiPath(projectId), { schema: ZScoreConfigList })).data,
      [projectId],
    ),
    [],
  );
}

/** A trace's scores, its spans' included (up to 200, newest first, which covers any reviewed trace). */
export function useTraceScores(projectId: string, traceId: string): TLoad<TScore[]> {
  return useLoad(
    useCallback(async () => {
      const query = new URLSearchParams({ traceId, limit: "200" });
      return (await apiFetch(scoresApiPath(projectId, query), { schema: ZScoreListPage })).data;
    }, [projectId, traceId]),
    [],
  );
}

function useLoad<T>(load: () => Promise<T>, empty: T): TLoad<T> {
  const [state, setState] = useState<{ data: T; error: string | null; isLoading: boolean }>({
    data: empty,
    error: null,
    isLoading: true,
  });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let isCancelled = false;
    load()
      .then((data) => !isCancelled && setState({ data, error: null, isLoading: false }))
      .catch(
        (error: unknown) =>
          !isCancelled && setState((previous) => ({ ...previous, error: errorMessage(error), isLoading: false })),
      );
    return () => {
      isCancelled = true;
    };
  }, [load, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...state, reload };
}
