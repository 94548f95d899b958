import { getPool } from "../client.ts";

export type TPublicKeyPrincipal = { apiKeyId: string; projectId: string; publicKey: string };

type TKeyRow = { id: string; project_id: string; public_key: string; revoked_at: Date | null };

/** Same bound as secret keys (authenticate-api-key.ts): a revoked key stops within 5 s. */
const CACHE_TTL_MS = 5_000;
const CACHE_MAX_ENTRIES = 10_000;
const cache = new Map<string, { row: TKeyRow | null; expiresAt: number }>();

/**
 * The project a public key (`pk-…`) belongs to, or null when it is unknown or revoked. A public key
 * is not a secret (it ships in web pages), so it only ever authorises browser feedback.
 */
export async function authenticatePublicKey(publicKey: string): Promise<TPublicKeyPrincipal | null> {
  const now = Date.now();
  let entry = cache.get(publicKey);
  if (!entry || entry.expiresAt <= now) {
    const result = await getPool().query<TKeyRow>(
      "SELECT id, project_id, public_key, revoked_at FROM api_key WHERE public_key = $1",
      [publicKey],
    );
    entry = { row: result.rows[0] ?? null, expiresAt: now + CACHE_TTL_MS };
    if (cache.size >= CACHE_MAX_ENTRIES) cache.clear();
    cache.set(publicKey, entry);
  }
  const { row } = entry;
  if (!row || row.revoked_at !== null) return null;
  return { apiKeyId: row.id, projectId: row.project_id, publicKey: row.public_key };
}
