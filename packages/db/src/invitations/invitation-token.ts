import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: the link carries it, the database keeps only its hash. */
export function generateInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
