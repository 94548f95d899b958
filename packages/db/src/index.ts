export { closeDb, getDb, getPool, pingDatabase } from "./client.ts";
export type { TDb } from "./client.ts";
export { authenticateApiKey, parseAuthorizationHeader } from "./api-keys/authenticate-api-key.ts";
export type { TApiKeyPrincipal } from "./api-keys/authenticate-api-key.ts";
export { generateKeyPair, hashSecretKey, PUBLIC_KEY_PREFIX, SECRET_KEY_PREFIX } from "./api-keys/key-material.ts";
export type { TKeyPair } from "./api-keys/key-material.ts";
export { createApiKey, findApiKeyByPublicKey, listApiKeys, revokeApiKey } from "./api-keys/manage-api-keys.ts";
export type { TApiKeySummary, TCreatedApiKey } from "./api-keys/manage-api-keys.ts";
export {
  addMemberByEmail,
  findMemberRole,
  listMembers,
  removeMember,
  updateMemberRole,
} from "./projects/manage-members.ts";
export type { TMember } from "./projects/manage-members.ts";
export {
  createProjectWithOwner,
  findProjectByName,
  findProjectForMember,
  listProjectsForUser,
  renameProject,
} from "./projects/manage-projects.ts";
export type { TProjectSummary } from "./projects/manage-projects.ts";
export { countUsers, findUserByEmail } from "./users/find-users.ts";
export { createUserWithPassword } from "./users/create-user-with-password.ts";
export { isModelCall, SpanWriter } from "./ingest/index.ts";
export type { TSpanRow, TSpanRowKind, TSpanWriterOptions, TWriteResult } from "./ingest/index.ts";
export {
  createModelPrice,
  deleteModelPrice,
  listModelPrices,
  retireModelPrice,
  countSpansByProjectPrice,
  updateModelPrice,
} from "./model-prices/manage-model-prices.ts";
export { cancelRepriceJob, createRepriceJob, getRepriceJob, listRepriceJobs } from "./reprice/manage-reprice-jobs.ts";
export type { TRepriceJob, TRepriceState } from "./reprice/manage-reprice-jobs.ts";
export type { TRepriceCost, TSpanPricer, TStoredSpanUsage } from "./reprice/reprice-batch.ts";
export type { TModelPriceInput, TProjectModelPrice } from "./model-prices/manage-model-prices.ts";
export { getTraceDetail } from "./traces/get-trace-detail.ts";
export { streamTraceDetail } from "./traces/stream-trace-detail.ts";
export { listTraces } from "./traces/list-traces.ts";
export { listTraceFacets } from "./traces/list-trace-facets.ts";
export { getTraceSummaries } from "./traces/get-trace-summaries.ts";
export { deleteTraces } from "./traces/delete-traces.ts";
export { getTraceTree } from "./traces/get-trace-tree.ts";
export { getSpan } from "./traces/get-span.ts";
export { listSessions } from "./sessions/list-sessions.ts";
export { getSession } from "./sessions/get-session.ts";
export { listUsers } from "./users/list-users.ts";
export { getUser } from "./users/get-user.ts";
export { authenticatePublicKey } from "./feedback/authenticate-public-key.ts";
export type { TPublicKeyPrincipal } from "./feedback/authenticate-public-key.ts";
export { findFeedbackSettings, getFeedbackSettings, updateFeedbackSettings } from "./feedback/feedback-settings.ts";
export { insertEvalScores } from "./scores/insert-eval-scores.ts";
export type { TEvalScoreInsert } from "./scores/insert-eval-scores.ts";
export { listSavedViews } from "./saved-views/list-saved-views.ts";
export { createSavedView } from "./saved-views/create-saved-view.ts";
export { deleteSavedView } from "./saved-views/delete-saved-view.ts";
export { addQueueItems } from "./annotation-queues/add-queue-items.ts";
export type { TQueueItemsInput } from "./annotation-queues/add-queue-items.ts";
export { claimNextQueueItem } from "./annotation-queues/claim-next-queue-item.ts";
export { createAnnotationQueue } from "./annotation-queues/create-annotation-queue.ts";
export { finishQueueReview } from "./annotation-queues/finish-queue-review.ts";
export { findAnnotationQueue, getAnnotationQueue } from "./annotation-queues/get-annotation-queue.ts";
export { getQueueItem, listReviewerHistory } from "./annotation-queues/get-queue-item.ts";
export { listAnnotationQueues } from "./annotation-queues/list-annotation-queues.ts";
export { listCompletedQueueTraceIds } from "./annotation-queues/list-completed-queue-traces.ts";
export { listQueueDisagreements } from "./annotation-queues/list-queue-disagreements.ts";
export { listQueueItemScores } from "./annotation-queues/list-queue-item-scores.ts";
export { QUEUE_LOCK_SECONDS } from "./annotation-queues/queue-item-row.ts";
export { listRatings } from "./scores/agreement-ratings.ts";
export type { TRatingRow } from "./scores/agreement-ratings.ts";
export { dominantScoreDataType, summariseAgreement } from "./scores/agreement-summary.ts";
export type { TAgreementSummaryRows } from "./scores/agreement-summary.ts";
export { listScoreAuthors } from "./scores/score-authors.ts";
export type { TScoreWindow } from "./scores/score-filter-sql.ts";
export {
  createScoreConfig,
  deleteScore,
  findScoreConfig,
  getScore,
  getScoreStats,
  getSessionScores,
  getTraceScores,
  insertScore,
  listScoreConfigs,
  listScores,
  updateScore,
  updateScoreConfig,
} from "./scores/index.ts";
export type { TNewScore } from "./scores/index.ts";
export { acceptInvitation } from "./invitations/accept-invitation.ts";
export type { TAcceptedInvitation } from "./invitations/accept-invitation.ts";
export { createInvitation, INVITATION_TTL_MS } from "./invitations/create-invitation.ts";
export { findInvitationByToken } from "./invitations/find-invitation-by-token.ts";
export type { TInvitationByToken } from "./invitations/find-invitation-by-token.ts";
export { listOpenInvitations } from "./invitations/list-invitations.ts";
export { revokeInvitation } from "./invitations/revoke-invitation.ts";
export type { TInvitation, TInvitationStatus } from "./invitations/to-invitation.ts";
export { deleteProject } from "./projects/delete-project.ts";
export { getRetention, setRetentionDays } from "./retention/manage-retention.ts";
export type { TRetention } from "./retention/manage-retention.ts";
export { purgeDeletedProjects, runRetentionSweep } from "./retention/run-retention-sweep.ts";
export { removeTracesInBatches } from "./retention/remove-old-traces.ts";
export type { TSweepReport } from "./retention/run-retention-sweep.ts";
export { getJobRunner, startJobRunner } from "./jobs/job-runner.ts";
export type { TJobRunner } from "./jobs/job-runner.ts";
export {
  clearMustChangePassword,
  findMustChangePassword,
  setMustChangePassword,
} from "./users/must-change-password.ts";
export { listScoreNames } from "./scores/agreement-score-names.ts";
export * from "./datasets/index.ts";
export * from "./dataset-runs/index.ts";
export * from "./optimization-runs/index.ts";
export { queryMetrics } from "./metrics/query-metrics.ts";
