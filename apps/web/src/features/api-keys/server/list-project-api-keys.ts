import "server-only";
import { listApiKeys } from "@spanlight/db";
import type { TApiKey } from "../contracts";
import { toApiKeyDto } from "./to-api-key-dto";

/** Active keys first, newest first; secrets only masked. */
export async function listProjectApiKeys(projectId: string): Promise<TApiKey[]> {
  const keys = await listApiKeys(projectId);
  return keys.map(toApiKeyDto);
}
