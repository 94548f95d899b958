import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "../client.ts";
import { findMemberRole } from "../projects/manage-members.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { createUserWithPassword } from "../users/create-user-with-password.ts";
import { acceptInvitation } from "./accept-invitation.ts";
import { createInvitation } from "./create-invitation.ts";
import { findInvitationByToken } from "./find-invitation-by-token.ts";
import { hashInvitationToken } from "./invitation-token.ts";
import { listOpenInvitations } from "./list-invitations.ts";
import { revokeInvitation } from "./revoke-invitation.ts";

const NEW_USER = { kind: "newUser", name: "Grace", passwordHash: "unusable" } as const;

function uniqueEmail(label: string): string {
  return `${label}-${Math.random().toString(36).slice(2, 10)}@spanlight.test`;
}

describe("[INVITATIONS] pending invitations, links and acceptance", () => {
  afterAll(async () => {
    await closeDb();
  });

  it("stores only the token's hash, lists the invitation and lets a new person sign up into the project with the role", async () => {
    const { project, user: owner } = await seedProjectWithKey();
    const email = uniqueEmail("newcomer");
    const { invitation, token } = await createInvitation({
      projectId: project.id,
      email: email.toUpperCase(),
      role: "VIEWER",
      invitedBy: owner.id,
    });
    expect(invitation).toMatchObject({ email, role: "VIEWER", status: "pending" });
    expect(invitation.expiresAt.getTime() - invitation.createdAt.getTime()).toBe(7 * 24 * 3600 * 1000);

    const stored = await getDb().invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored.tokenHash).toBe(hashInvitationToken(token));
    expect(stored.tokenHash).not.toContain(token);
    expect((await listOpenInvitations({ projectId: project.id })).map((open) => open.email)).toEqual([email]);
    expect(await findInvitationByToken({ token })).toMatchObject({
      projectName: project.name,
      hasAccount: false,
      status: "pending",
    });

    const accepted = await acceptInvitation({ token, by: NEW_USER });
    expect(accepted).toMatchObject({ projectId: project.id, email, role: "VIEWER" });
    expect(await findMemberRole({ projectId: project.id, userId: accepted.userId })).toBe("VIEWER");
    expect(await listOpenInvitations({ projectId: project.id })).toEqual([]);

    // One link, one use.
    await expect(acceptInvitation({ token, by: NEW_USER })).rejects.toMatchObject({
      status: 410,
      message: expect.stringMatching(/already been used/),
    });
  });

  it("says an expired or revoked link is so, and keeps the invitation usable when acceptance fails", async () => {
    const { project, user: owner } = await seedProjectWithKey();
    const past = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    const expired = await createInvitation({
      projectId: project.id,
      email: uniqueEmail("late"),
      role: "MEMBER",
      invitedBy: owner.id,
      now: past,
    });
    expect((await listOpenInvitations({ projectId: project.id }))[0]?.status).toBe("expired");
    await expect(acceptInvitation({ token: expired.token, by: NEW_USER })).rejects.toMatchObject({
      status: 410,
      message: expect.stringMatching(/expired/),
    });

    const revoked = await createInvitation({
      projectId: project.id,
      email: uniqueEmail("revoked"),
      role: "MEMBER",
      invitedBy: owner.id,
    });
    const { project: otherProject } = await seedProjectWithKey();
    expect(await revokeInvitation({ projectId: otherProject.id, invitationId: revoked.invitation.id })).toBe(false);
    expect(await revokeInvitation({ projectId: project.id, invitationId: revoked.invitation.id })).toBe(true);
    await expect(acceptInvitation({ token: revoked.token, by: NEW_USER })).rejects.toMatchObject({
      status: 410,
      message: expect.stringMatching(/revoked/),
    });
    await expect(acceptInvitation({ token: "not-a-real-token-at-all", by: NEW_USER })).rejects.toMatchObject({
      status: 404,
    });

    // Someone with an account must sign in as that email; the failed attempt does not use the link up.
    const existingEmail = uniqueEmail("existing");
    const existing = await createUserWithPassword({ email: existingEmail, name: "Existing", passwordHash: "unusable" });
    const forExisting = await createInvitation({
      projectId: project.id,
      email: existingEmail,
      role: "ADMIN",
      invitedBy: owner.id,
    });
    expect(await findInvitationByToken({ token: forExisting.token })).toMatchObject({ hasAccount: true });
    await expect(acceptInvitation({ token: forExisting.token, by: NEW_USER })).rejects.toMatchObject({ status: 409 });
    await expect(
      acceptInvitation({ token: forExisting.token, by: { kind: "existingUser", userId: owner.id } }),
    ).rejects.toMatchObject({
      status: 403,
    });
    const accepted = await acceptInvitation({
      token: forExisting.token,
      by: { kind: "existingUser", userId: existing.id },
    });
    expect(accepted.role).toBe("ADMIN");
    expect(await findMemberRole({ projectId: project.id, userId: existing.id })).toBe("ADMIN");
  });

  it("answers alike for emails with and without an account, replaces a pending invitation, and refuses a member", async () => {
    const { project, user: owner } = await seedProjectWithKey();
    const withAccount = uniqueEmail("has-account");
    await createUserWithPassword({ email: withAccount, name: "Has", passwordHash: "unusable" });
    const a = await createInvitation({
      projectId: project.id,
      email: withAccount,
      role: "MEMBER",
      invitedBy: owner.id,
    });
    const b = await createInvitation({
      projectId: project.id,
      email: uniqueEmail("no-account"),
      role: "MEMBER",
      invitedBy: owner.id,
    });
    expect(Object.keys(a.invitation).sort()).toEqual(Object.keys(b.invitation).sort());
    expect(a.invitation.status).toBe(b.invitation.status);

    const again = await createInvitation({
      projectId: project.id,
      email: withAccount,
      role: "VIEWER",
      invitedBy: owner.id,
    });
    await expect(acceptInvitation({ token: a.token, by: NEW_USER })).rejects.toMatchObject({ status: 410 });
    expect((await listOpenInvitations({ projectId: project.id })).filter((open) => open.email === withAccount)).toEqual(
      [expect.objectContaining({ id: again.invitation.id, role: "VIEWER" })],
    );

    await expect(
      createInvitation({ projectId: project.id, email: owner.email, role: "VIEWER", invitedBy: owner.id }),
    ).rejects.toMatchObject({
      status: 409,
    });
  });
});
