import { ProjectShell } from "@/features/shell";
import { loadProjectPage, loadUserProjects } from "@/features/projects/server/load-project-page";

export default async function ProjectLayout({ children, params }: LayoutProps<"/project/[projectId]">) {
  const { projectId } = await params;
  const { user, project } = await loadProjectPage(projectId);
  const projects = await loadUserProjects(user.id);
  return (
    <ProjectShell user={user} project={project} projects={projects}>
      {children}
    </ProjectShell>
  );
}
