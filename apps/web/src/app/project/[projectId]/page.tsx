import { redirect } from "next/navigation";

export default async function ProjectPage({ params }: PageProps<"/project/[projectId]">) {
  const { projectId } = await params;
  redirect(`/project/${projectId}/traces`);
}
