import { UnauthorizedError } from "@spanlight/core";
import { getPool } from "../client.ts";
import { hashSecretKey, isSameHash } from "./key-material.ts";

export type TApiKeyPrincipal = { apiKeyId: string; projectId: string; publicKey: string };

type TKeyRow = { id: string; project_id: string; public_key: string; secret_key_hash: string; revoked_at: Date | null };
type TCacheEntry = { row: TKeyRow | null; expiresAt: number };

/** A revoked key keeps working at most this long in a process that had it cached (goal: < 10 s). */
const CACHE_TTL_MS = 5_000;
const CACHE_MAX_ENTRIES = 10_000;
/** last_used_at is a hint for people, so one write a minute per key is plenty. */
const LAST_USED_WRITE_INTERVAL_MS = 60_000;

const cache = new Map<string, TCacheEntry>();
const lastUsedWrites = new Map<string, number>();

type TCredentials = { publicKey: string | null; secretKey: string };

/** Reads `Basic base64(pk:sk)` or `Bearer sk`; anything else is a 401 with a reason. */
export function parseAuthorizationHeader(header: string | null | undefined): TCredentials {
  if (!header) throw new UnauthorizedError("Missing Authorization header: use Basic base64(publicKey:secretKey) or Bearer secretKey");
  const [scheme, value = ""] = header.trim().split(/\s+/, 2);
  switch (scheme?.toLowerCase()) {
    case "bearer":
      if (!value) throw new UnauthorizedError("Bearer token is empty");
      return { publicKey: null, secretKey: value };
    case "basic": {
      const decoded = Buffer.from(value, "base64").toString("utf8");
      const separator = decoded.indexOf(":");
      if (separator <= 0 || separator === decoded.length - 1) {
        throw new UnauthorizedError("Malformed Basic credentials: expected base64(publicKey:secretKey)");
      }
      return { publicKey: decoded.slice(0, separator), secretKey: decoded.slice(separator + 1) };
    }
    default:
      throw new UnauthorizedError("Unsupported Authorization scheme: use Basic or Bearer");
  }
}

/** Resolves the project an API key belongs to; the key alone decides it. */
export async function authenticateApiKey(header: string | null | undefined): Promise<TApiKeyPrincipal> {
  const credentials = parseAuthorizationHeader(header);
  const secretHash = hashSecretKey(credentials.secretKey);
  const row = await lookupKey(secretHash);
  const isValid =
    row !== null &&
    row.revoked_at === null &&
    isSameHash(row.secret_key_hash, secretHash) &&
    (credentials.publicKey === null || credentials.publicKey === row.public_key);
  if (!row || !isValid) throw new UnauthorizedError("Invalid API key");
  recordUse(row.id);
  return { apiKeyId: row.id, projectId: row.project_id, publicKey: row.public_key };
}

async function lookupKey(secretHash: string): Promise<TKeyRow | null> {
  const now = Date.now();
  const cached = cache.get(secretHash);
  if (cached && cached.expiresAt > now) return cached.row;
  const result = await getPool().query<TKeyRow>(
    "SELECT id, project_id, public_key, secret_key_hash, revoked_at FROM api_key WHERE secret_key_hash = $1",
    [secretHash],
  );
  const row = result.rows[0] ?? null;
  if (cache.size >= CACHE_MAX_ENTRIES) cache.clear();
  cache.set(secretHash, { row, expiresAt: now + CACHE_TTL_MS });
  return row;
}

function recordUse(apiKeyId: string): void {
  const now = Date.now();
  if ((lastUsedWrites.get(apiKeyId) ?? 0) > now - LAST_USED_WRITE_INTERVAL_MS) return;
  lastUsedWrites.set(apiKeyId, now);
  getPool()
    .query("UPDATE api_key SET last_used_at = now() WHERE id = $1", [apiKeyId])
    .catch(() => lastUsedWrites.delete(apiKeyId));
}
