import { getDb } from "../client.ts";

export async function setMustChangePassword(userId: string): Promise<void> {
  await getDb().user.update({ where: { id: userId }, data: { mustChangePassword: true } });
}

export async function clearMustChangePassword(userId: string): Promise<void> {
  await getDb().user.update({ where: { id: userId }, data: { mustChangePassword: false } });
}

export async function findMustChangePassword(userId: string): Promise<boolean> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { mustChangePassword: true } });
  return user?.mustChangePassword ?? false;
}
