import type { TFeedbackSettings, TUpdateFeedbackSettings } from "@spanlight/core";
import { NotFoundError } from "@spanlight/core";
import { getDb, getPool } from "../client.ts";

type TSettingsRow = {
  feedback_allowed_origins: string[];
  is_public_key_feedback_enabled: boolean;
  feedback_rate_per_minute: number;
};

export function toFeedbackSettings(row: TSettingsRow): TFeedbackSettings {
  return {
    allowedOrigins: row.feedback_allowed_origins,
    isPublicKeyFeedbackEnabled: row.is_public_key_feedback_enabled,
    ratePerMinute: row.feedback_rate_per_minute,
  };
}

/** Settings are read on every browser feedback request; a change is seen within this long. */
const CACHE_TTL_MS = 5_000;
const CACHE_MAX_ENTRIES = 10_000;

type TCache = Map<string, { settings: TFeedbackSettings | null; expiresAt: number }>;
// On globalThis: Next bundles each route separately, and a cache per bundle would keep serving the
// old settings to the feedback route after the settings route changed them (seen in e2e).
const CACHE_KEY = Symbol.for("spanlight.feedback-settings-cache");
const globalCache = globalThis as unknown as { [CACHE_KEY]?: TCache };
function cache(): TCache {
  globalCache[CACHE_KEY] ??= new Map();
  return globalCache[CACHE_KEY];
}

/** The project's feedback settings as stored: null when there is no such project. */
export async function getFeedbackSettings(projectId: string): Promise<TFeedbackSettings | null> {
  const result = await getPool().query<TSettingsRow>(
    "SELECT feedback_allowed_origins, is_public_key_feedback_enabled, feedback_rate_per_minute FROM project WHERE id = $1",
    [projectId],
  );
  return result.rows[0] ? toFeedbackSettings(result.rows[0]) : null;
}

/** The same, cached briefly, for the browser feedback route. */
export async function findFeedbackSettings(projectId: string): Promise<TFeedbackSettings | null> {
  const now = Date.now();
  const cached = cache().get(projectId);
  if (cached && cached.expiresAt > now) return cached.settings;
  const settings = await getFeedbackSettings(projectId);
  if (cache().size >= CACHE_MAX_ENTRIES) cache().clear();
  cache().set(projectId, { settings, expiresAt: now + CACHE_TTL_MS });
  return settings;
}

export async function updateFeedbackSettings(options: {
  projectId: string;
  patch: TUpdateFeedbackSettings;
}): Promise<TFeedbackSettings> {
  const { patch } = options;
  const updated = await getDb().project.updateManyAndReturn({
    where: { id: options.projectId },
    data: {
      feedbackAllowedOrigins: patch.allowedOrigins,
      isPublicKeyFeedbackEnabled: patch.isPublicKeyFeedbackEnabled,
      feedbackRatePerMinute: patch.ratePerMinute,
    },
    select: { feedbackAllowedOrigins: true, isPublicKeyFeedbackEnabled: true, feedbackRatePerMinute: true },
  });
  const row = updated[0];
  if (!row) throw new NotFoundError("Project not found");
  // This process sees the change at once; others within CACHE_TTL_MS.
  cache().delete(options.projectId);
  return {
    allowedOrigins: row.feedbackAllowedOrigins,
    isPublicKeyFeedbackEnabled: row.isPublicKeyFeedbackEnabled,
    ratePerMinute: row.feedbackRatePerMinute,
  };
}
