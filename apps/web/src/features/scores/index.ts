// The scores feature's browser-safe surface. Server code (routes, other features' services) imports
// `./server/*` directly: `createScore` (server/create-score.ts) is the one way any writer stores a
// score, and `resolveScoreValue` (server/validate-score-value.ts) the shared config check.
export type { TScore, TScoreConfig, TScoreValue } from "@spanlight/core";
export { ScoreForm } from "./components/score-form";
export type { TScoreFormValues } from "./components/score-form";
export { AnnotatePanel } from "./components/annotate-panel";
export { ScoreBadges, SpanScoreBadges } from "./components/score-badges";
export { TraceScoresProvider, useTraceScoresContext } from "./components/trace-scores-provider";
export { ScoresOverview } from "./components/scores-overview";
export { ScoreSummary } from "./components/score-summary";
