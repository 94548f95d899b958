import { expect, test } from "@playwright/test";
import { ZMemberListResponse, ZMemberResponse } from "../../src/features/members/contracts";
import { addMember, createProject, signUpApiClient, uniqueAccount } from "../support/accounts";

test.describe("[MEMBERS]: roles through the internal API", () => {
  test("an owner invites by email, changes roles and removes members", async () => {
    const owner = await signUpApiClient(uniqueAccount("owner"));
    const colleague = uniqueAccount("colleague");
    await signUpApiClient(colleague);
    const project = await createProject(owner, "Team project");

    const invited = await owner.post(`/api/projects/${project.id}/members`, {
      data: { email: colleague.email.toUpperCase(), role: "MEMBER" },
    });
    expect(invited.status()).toBe(201);
    const { member } = ZMemberResponse.parse(await invited.json());
    expect(member).toMatchObject({ email: colleague.email, role: "MEMBER" });

    const again = await owner.post(`/api/projects/${project.id}/members`, {
      data: { email: colleague.email, role: "VIEWER" },
    });
    expect(again.status()).toBe(409);
    const nobody = await owner.post(`/api/projects/${project.id}/members`, {
      data: { email: "nobody@spanlight.test", role: "VIEWER" },
    });
    expect(nobody.status()).toBe(404);

    expect(
      (await owner.patch(`/api/projects/${project.id}/members/${member.userId}`, { data: { role: "ADMIN" } })).status(),
    ).toBe(204);
    const { members } = ZMemberListResponse.parse(
      await (await owner.get(`/api/projects/${project.id}/members`)).json(),
    );
    expect(members.find((listed) => listed.userId === member.userId)?.role).toBe("ADMIN");

    expect((await owner.delete(`/api/projects/${project.id}/members/${member.userId}`)).status()).toBe(204);
  });

  test("only an owner grants, changes or removes the owner role", async () => {
    const ownerAccount = uniqueAccount("owner");
    const owner = await signUpApiClient(ownerAccount);
    const adminAccount = uniqueAccount("admin");
    const admin = await signUpApiClient(adminAccount);
    const other = uniqueAccount("other");
    await signUpApiClient(other);
    const project = await createProject(owner, "Owned project");
    await addMember(owner, { projectId: project.id, email: adminAccount.email, role: "ADMIN" });

    const grantOwner = await admin.post(`/api/projects/${project.id}/members`, {
      data: { email: other.email, role: "OWNER" },
    });
    expect(grantOwner.status()).toBe(403);
    expect(
      (
        await admin.post(`/api/projects/${project.id}/members`, { data: { email: other.email, role: "VIEWER" } })
      ).status(),
    ).toBe(201);

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
    await addMember(owner, { projectId: project.id, email: memberAccount.email, role: "MEMBER" });

    expect((await member.get(`/api/projects/${project.id}/members`)).status()).toBe(200);
    const invite = await member.post(`/api/projects/${project.id}/members`, {
      data: { email: memberAccount.email, role: "VIEWER" },
    });
    expect(invite.status()).toBe(403);
  });
});
