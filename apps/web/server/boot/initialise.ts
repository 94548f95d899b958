import { randomBytes } from "node:crypto";
import type { TInitConfig, TServerConfig } from "@spanlight/core/server";
import {
  countUsers,
  createApiKey,
  createProjectWithOwner,
  createUserWithPassword,
  findApiKeyByPublicKey,
  findUserByEmail,
  listProjectsForUser,
} from "@spanlight/db";
import { hashPassword } from "better-auth/crypto";
import type { TLogger } from "../logger.ts";

const FIRST_OWNER_EMAIL = "owner@spanlight.local";

export type TFirstStartCredentials = {
  email: string;
  password: string;
  projectName: string;
  publicKey: string;
  secretKey: string;
};

/**
 * Headless initialisation from SPANLIGHT_INIT_*: creates what is missing, idempotently. Without it,
 * a database with no users gets an owner, a project and a key pair, returned so they can be shown once.
 */
export async function initialise(config: TServerConfig, logger: TLogger): Promise<TFirstStartCredentials | null> {
  if (config.init) {
    await applyInitConfig(config.init, logger);
    return null;
  }
  if ((await countUsers()) > 0) return null;
  const password = randomBytes(12).toString("base64url");
  const user = await createUserWithPassword({
    email: FIRST_OWNER_EMAIL,
    name: "Owner",
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
  });
  const project = await createProjectWithOwner({ name: "My project", ownerUserId: user.id });
  const key = await createApiKey({ projectId: project.id, note: "Created on first start" });
  return { email: user.email, password, projectName: project.name, publicKey: key.publicKey, secretKey: key.secretKey };
}

async function applyInitConfig(init: TInitConfig, logger: TLogger): Promise<void> {
  const existingUser = await findUserByEmail(init.userEmail);
  const user =
    existingUser ??
    (await createUserWithPassword({
      email: init.userEmail,
      name: init.userEmail.split("@")[0] ?? "Owner",
      passwordHash: await hashPassword(init.userPassword),
    }));
  if (!existingUser) logger.info(`Created user ${user.email} from SPANLIGHT_INIT_USER_EMAIL`);

  const projects = await listProjectsForUser(user.id);
  const project =
    projects.find((candidate) => candidate.name === init.projectName) ??
    (await createProjectWithOwner({ name: init.projectName, ownerUserId: user.id }));
  if (!projects.some((candidate) => candidate.id === project.id)) logger.info(`Created project "${project.name}"`);

  if (init.keys && !(await findApiKeyByPublicKey(init.keys.publicKey))) {
    await createApiKey({ projectId: project.id, note: "From SPANLIGHT_INIT_*", keyPair: init.keys });
    logger.info(`Created API key ${init.keys.publicKey}`);
  }
}
