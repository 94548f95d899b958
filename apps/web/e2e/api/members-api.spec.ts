import { expect, test } from "@playwright/test";
import {
  ZInvitationCreatedResponse,
  ZInvitationListResponse,
  ZInvitationPreviewResponse,
  ZMemberListResponse,
} from "../../src/features/members/contracts";
import { addMember, createProject, newApiClient, signUpApiClient, uniqueAccount } from "../support/accounts";

test.describe("[MEMBERS]: roles through the internal API", () => {
  test("an owner invites by email, changes roles and removes members", async () => {
    const owner = await signUpApiClient(uniqueAccount("owner"));
    const colleague = uniqueAccount("colleague");
    const colleagueClient = await signUpApiClient(colleague);
    const project = await createProject(owner, "Team project");

    // Accounts or not, the answer has the same shape and status: a pending invitation and a link.
    const invited = await owner.post(`/api/projects/${project.id}/members`, {
      data: { email: colleague.email.toUpperCase(), role: "MEMBER" },
    });
    const nobody = await owner.post(`/api/projects/${project.id}/members`, {
      data: { email: "nobody@spanlight.test", role: "VIEWER" },
    });
    expect([invited.status(), nobody.status()]).toEqual([201, 201]);
    const forColleague = ZInvitationCreatedResponse.parse(await invited.json());
    const forNobody = ZInvitationCreatedResponse.parse(await nobody.json());
    expect(forColleague.invitation).toMatchObject({ email: colleague.email, role: "MEMBER", status: "pending" });
    expect(Object.keys(forColleague).sort()).toEqual(Object.keys(forNobody).sort());

    const { invitations } = ZInvitationListResponse.parse(
      await (await owner.get(`/api/projects/${project.id}/invitations`)).json(),
    );
    expect(invitations.map((listed) => listed.email).sort()).toEqual([colleague.email, "nobody@spanlight.test"].sort());

    const token = forColleague.inviteUrl.split("/invite/")[1] ?? "";
    const accepted = await colleagueClient.post(`/api/invitations/${token}/accept`, { data: {} });
    expect(accepted.status(), await accepted.text()).toBe(200);
    const { members } = ZMemberListResponse.parse(
      await (await owner.get(`/api/projects/${project.id}/members`)).json(),
    );
    const member = members.find((listed) => listed.email === colleague.email);
    expect(member?.role).toBe("MEMBER");

    const again = await owner.post(`/api/projects/${project.id}/members`, {
      data: { email: colleague.email, role: "VIEWER" },
    });
    expect(again.status()).toBe(409);

    expect(
      (
        await owner.patch(`/api/projects/${project.id}/members/${member?.userId}`, { data: { role: "ADMIN" } })
      ).status(),
    ).toBe(204);
    expect((await owner.delete(`/api/projects/${project.id}/members/${member?.userId}`)).status()).toBe(204);
  });

  test("a revoked link says so, and a bad email gets a clear error", async () => {
    const owner = await signUpApiClient(uniqueAccount("owner"));
    const project = await createProject(owner, "Revoking project");
    const created = ZInvitationCreatedResponse.parse(
      await (
        await owner.post(`/api/projects/${project.id}/members`, {
          data: { email: "later@spanlight.test", role: "VIEWER" },
        })
      ).json(),
    );
    const token = created.inviteUrl.split("/invite/")[1] ?? "";
    const stranger = await newApiClient();
    const preview = ZInvitationPreviewResponse.parse(await (await stranger.get(`/api/invitations/${token}`)).json());
    expect(preview.invitation).toMatchObject({ projectName: "Revoking project", status: "pending", hasAccount: false });

    expect((await owner.delete(`/api/projects/${project.id}/invitations/${created.invitation.id}`)).status()).toBe(204);
    const revoked = await stranger.post(`/api/invitations/${token}/accept`, {
      data: { name: "Late", password: "long-enough-password" },
    });
    expect(revoked.status()).toBe(410);
    expect(await revoked.json()).toMatchObject({ error: { code: "gone", message: expect.stringMatching(/revoked/) } });

    const bad = await owner.post(`/api/projects/${project.id}/members`, {
      data: { email: "not-an-email", role: "VIEWER" },
    });
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "invalid_request", issues: [{ path: "email" }] } });
  });

  test("only an owner grants, changes or removes the owner role", async () => {
    const ownerAccount = uniqueAccount("owner");
    const owner = await signUpApiClient(ownerAccount);
    const adminAccount = uniqueAccount("admin");
    const admin = await signUpApiClient(adminAccount);
    const other = uniqueAccount("other");
    await signUpApiClient(other);
    const project = await createProject(owner, "Owned project");
    await addMember(owner, { projectId: project.id, account: adminAccount, role: "ADMIN" });

    const grantOwner = await admin.post(`/api/projects/${project.id}/members`, {
      data: { email: other.email, role: "OWNER" },
    });
    expect(grantOwner.status()).toBe(403);
    await addMember(admin, { projectId: project.id, account: other, role: "VIEWER" });

    const { members } = ZMemberListResponse.parse(
      await (await admin.get(`/api/projects/${project.id}/members`)).json(),
    );
    const ownerMember = members.find((listed) => listed.email === ownerAccount.email);
    const otherMember = members.find((listed) => listed.email === other.email);
    expect(ownerMember && otherMember).toBeTruthy();

    const promote = await admin.patch(`/api/projects/${project.id}/members/${otherMember?.userId}`, {
      data: { role: "OWNER" },
    });
    expect(promote.status()).toBe(403);
    const demote = await admin.patch(`/api/projects/${project.id}/members/${ownerMember?.userId}`, {
      data: { role: "VIEWER" },
    });
    expect(demote.status()).toBe(403);
    expect((await admin.delete(`/api/projects/${project.id}/members/${ownerMember?.userId}`)).status()).toBe(403);

    // The last owner cannot step down, even by their own hand.
    const lastOwner = await owner.patch(`/api/projects/${project.id}/members/${ownerMember?.userId}`, {
      data: { role: "ADMIN" },
    });
    expect(lastOwner.status()).toBe(409);
  });

  test("members and viewers cannot manage members", async () => {
    const owner = await signUpApiClient(uniqueAccount("owner"));
    const memberAccount = uniqueAccount("member");
    const member = await signUpApiClient(memberAccount);
    const project = await createProject(owner, "Managed project");
    await addMember(owner, { projectId: project.id, account: memberAccount, role: "MEMBER" });

    expect((await member.get(`/api/projects/${project.id}/members`)).status()).toBe(200);
    const invite = await member.post(`/api/projects/${project.id}/members`, {
      data: { email: memberAccount.email, role: "VIEWER" },
    });
    expect(invite.status()).toBe(403);
  });
});
