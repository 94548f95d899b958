import { ZUserIdParam } from "@spanlight/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageParam } from "@/lib/routing/page-param";
import { loadProjectPage } from "@/features/projects/server/load-project-page";
import { UserHeader } from "@/features/users";
import { loadUser } from "@/features/users/server/load-user";
import { UserClient } from "./user-client";

export const metadata: Metadata = { title: "User" };

export default async function UserPage({ params }: PageProps<"/project/[projectId]/users/[userId]">) {
  const { projectId, userId } = await params;
  const { project } = await loadProjectPage(projectId);
  const parsed = ZUserIdParam.safeParse({ userId: pageParam(userId) });
  if (!parsed.success) notFound();
  const data = await loadUser({ projectId: project.id, userId: parsed.data.userId });
  if (!data) notFound();
  return (
    <div className="min-h-[calc(100vh-3rem)] bg-zinc-50/60">
      <UserHeader projectId={project.id} user={data.user} />
      <UserClient projectId={project.id} {...data} />
    </div>
  );
}
