import { getDb } from "../client.ts";

export async function findUserByEmail(email: string): Promise<{ id: string; email: string; name: string } | null> {
  return getDb().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true },
  });
}

export async function countUsers(): Promise<number> {
  return getDb().user.count();
}
