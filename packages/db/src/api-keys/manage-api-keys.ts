import { ConflictError, NotFoundError } from "@spanlight/core";
import { getDb } from "../client.ts";
import { displaySecretKey, generateKeyPair, hashSecretKey } from "./key-material.ts";
import type { TKeyPair } from "./key-material.ts";

export type TApiKeySummary = {
  id: string;
  publicKey: string;
  displaySecretKey: string;
  note: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export type TCreatedApiKey = TApiKeySummary & { secretKey: string };

const SUMMARY_SELECT = {
  id: true,
  publicKey: true,
  displaySecretKey: true,
  note: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

/** Creates a key pair; the secret is returned this once and stored only as a hash. */
export async function createApiKey(options: {
  projectId: string;
  note?: string | null;
  /** Given by headless initialisation (SPANLIGHT_INIT_*); generated otherwise. */
  keyPair?: TKeyPair;
}): Promise<TCreatedApiKey> {
  const { publicKey, secretKey } = options.keyPair ?? generateKeyPair();
  const secretKeyHash = hashSecretKey(secretKey);
  const clash = await getDb().apiKey.findFirst({
    where: { OR: [{ publicKey }, { secretKeyHash }] },
    select: { id: true },
  });
  if (clash) throw new ConflictError("An API key with this public or secret key already exists");
  const created = await getDb().apiKey.create({
    data: {
      projectId: options.projectId,
      publicKey,
      secretKeyHash,
      displaySecretKey: displaySecretKey(secretKey),
      note: options.note ?? null,
    },
    select: SUMMARY_SELECT,
  });
  return { ...created, secretKey };
}

export async function listApiKeys(projectId: string): Promise<TApiKeySummary[]> {
  return getDb().apiKey.findMany({
    where: { projectId },
    select: SUMMARY_SELECT,
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
}

export async function revokeApiKey(options: { projectId: string; apiKeyId: string }): Promise<void> {
  const result = await getDb().apiKey.updateMany({
    where: { id: options.apiKeyId, projectId: options.projectId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (result.count === 0) throw new NotFoundError("No active API key with this id in this project");
}

export async function findApiKeyByPublicKey(publicKey: string): Promise<{ id: string } | null> {
  return getDb().apiKey.findUnique({ where: { publicKey }, select: { id: true } });
}
