import { randomUUID } from "node:crypto";
import { getDb } from "../client.ts";

/**
 * Creates a user who signs in with email and password, in the rows better-auth reads (a user plus a
 * `credential` account holding the hash). The hash must come from better-auth's own `hashPassword`,
 * so the boot sequence can create users before the web app exists.
 */
export async function createUserWithPassword(options: {
  email: string;
  name: string;
  passwordHash: string;
  /** For generated passwords: the UI asks for a new one at first sign-in. */
  mustChangePassword?: boolean;
}): Promise<{ id: string; email: string }> {
  const userId = randomUUID();
  return getDb().user.create({
    data: {
      id: userId,
      email: options.email.trim().toLowerCase(),
      name: options.name,
      emailVerified: false,
      mustChangePassword: options.mustChangePassword ?? false,
      accounts: {
        create: { id: randomUUID(), accountId: userId, providerId: "credential", password: options.passwordHash },
      },
    },
    select: { id: true, email: true },
  });
}
