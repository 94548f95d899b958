export { getScore, insertScore } from "./create-score.ts";
export type { TNewScore } from "./create-score.ts";
export { deleteScore } from "./delete-score.ts";
export { getSessionScores, getTraceScores } from "./get-trace-scores.ts";
export { listScores } from "./list-scores.ts";
export { createScoreConfig, findScoreConfig, listScoreConfigs, updateScoreConfig } from "./score-configs.ts";
export { updateScore } from "./update-score.ts";
export { getScoreStats } from "./get-score-stats.ts";
