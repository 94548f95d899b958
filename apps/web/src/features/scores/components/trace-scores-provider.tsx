"use client";

import type { TScore, TScoreConfig } from "@spanlight/core";
import type { ReactNode } from "react";
import { createContext, useContext, useMemo } from "react";
import { useScoreConfigs, useTraceScores } from "../hooks/use-scores-query";

type TTraceScores = {
  projectId: string;
  traceId: string;
  scores: TScore[];
  configs: TScoreConfig[];
  error: string | null;
  canAnnotate: boolean;
  currentUserId: string | null;
  reload: () => void;
};

const TraceScoresContext = createContext<TTraceScores | null>(null);

/**
 * A trace's scores and the project's configs for everything on the trace page that shows or gives
 * them (tree badges, the annotate panel), loaded once and reloaded after each change.
 */
export function TraceScoresProvider(props: {
  projectId: string;
  traceId: string;
  canAnnotate: boolean;
  currentUserId: string | null;
  children: ReactNode;
}) {
  const { projectId, traceId, canAnnotate, currentUserId } = props;
  const scores = useTraceScores(projectId, traceId);
  const configs = useScoreConfigs(projectId);
  const { reload: reloadScores } = scores;
  const value = useMemo<TTraceScores>(
    () => ({
      projectId,
      traceId,
      scores: scores.data,
      configs: configs.data,
      error: scores.error ?? configs.error,
      canAnnotate,
      currentUserId,
      reload: reloadScores,
    }),
    [
      projectId,
      traceId,
      scores.data,
      configs.data,
      scores.error,
      configs.error,
      canAnnotate,
      currentUserId,
      reloadScores,
    ],
  );
  return <TraceScoresContext.Provider value={value}>{props.children}</TraceScoresContext.Provider>;
}

/** The trace's scores; null outside a provider (a tree shown elsewhere simply has no badges). */
export function useTraceScoresContext(): TTraceScores | null {
  return useContext(TraceScoresContext);
}

/** The scores on one span (spanId) or on the trace itself (null). */
export function scoresOnTarget(scores: TScore[], spanId: string | null): TScore[] {
  return scores.filter((score) => score.spanId === spanId);
}
