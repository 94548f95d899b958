import "server-only";
import type { TFeedbackSettings } from "@spanlight/core";
import { getServerConfig } from "@spanlight/core/server";
import { getFeedbackSettings, listApiKeys } from "@spanlight/db";

export type TFeedbackSettingsPage = {
  settings: TFeedbackSettings;
  /** The newest active key's public key, for the snippet; null when the project has no key. */
  publicKey: string | null;
  baseUrl: string;
};

export async function loadFeedbackSettingsPage(projectId: string): Promise<TFeedbackSettingsPage> {
  const [settings, keys] = await Promise.all([getFeedbackSettings(projectId), listApiKeys(projectId)]);
  if (!settings) throw new Error(`project ${projectId} vanished while its settings page loaded`);
  const active = keys.find((key) => key.revokedAt === null);
  return { settings, publicKey: active?.publicKey ?? null, baseUrl: getServerConfig().publicUrl };
}
