import { randomUUID } from "node:crypto";
import { createApiKey } from "../api-keys/manage-api-keys.ts";
import { createProjectWithOwner } from "../projects/manage-projects.ts";
import { createUserWithPassword } from "../users/create-user-with-password.ts";

/** A user who owns a fresh project with one key pair: the usual starting point of a test. */
export async function seedProjectWithKey(options: { name?: string } = {}) {
  const suffix = randomUUID().slice(0, 8);
  const user = await createUserWithPassword({
    email: `owner-${suffix}@spanlight.test`,
    name: `Owner ${suffix}`,
    // Not a usable password hash: seeded users sign in through tests that create them properly.
    passwordHash: "unusable",
  });
  const project = await createProjectWithOwner({ name: options.name ?? `Project ${suffix}`, ownerUserId: user.id });
  const key = await createApiKey({ projectId: project.id });
  return { user, project, key };
}

export function basicAuthHeader(publicKey: string, secretKey: string): string {
  return `Basic ${Buffer.from(`${publicKey}:${secretKey}`).toString("base64")}`;
}
