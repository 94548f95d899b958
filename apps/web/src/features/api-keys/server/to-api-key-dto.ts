import "server-only";
import type { TApiKeySummary, TCreatedApiKey as TDbCreatedApiKey } from "@spanlight/db";
import type { TApiKey, TCreatedApiKey } from "../contracts";

/** Picks the listed fields one by one, so a column added to the query never leaks by accident. */
export function toApiKeyDto(key: TApiKeySummary): TApiKey {
  return {
    id: key.id,
    publicKey: key.publicKey,
    displaySecretKey: key.displaySecretKey,
    note: key.note,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

export function toCreatedApiKeyDto(key: TDbCreatedApiKey): TCreatedApiKey {
  return { ...toApiKeyDto(key), secretKey: key.secretKey };
}
