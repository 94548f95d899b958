import Link from "next/link";
import type { ReactNode } from "react";
import { Wordmark } from "@/components/brand/wordmark";
import { ProjectSwitcher } from "@/features/projects";
import type { TProject } from "@/features/projects";
import { SidebarNav } from "./sidebar-nav";
import { TopBarTitle } from "./top-bar-title";
import { UserMenu } from "./user-menu";

type TProjectShellProps = {
  user: { name: string; email: string };
  project: TProject;
  projects: TProject[];
  children: ReactNode;
};

/** Sidebar (wordmark, project switcher, sections) and top bar (where you are, who you are). */
export function ProjectShell({ user, project, projects, children }: TProjectShellProps) {
  return (
    <div className="flex min-h-screen bg-white">
      <aside className="w-60 shrink-0 border-r border-zinc-200 bg-zinc-50">
        <div className="sticky top-0 flex h-screen flex-col">
          <div className="flex h-12 shrink-0 items-center px-4">
            <Link
              href={`/project/${project.id}/traces`}
              className="rounded-md outline-none focus-visible:ring-2 focus-visible:ring-brand/30"
            >
              <Wordmark />
            </Link>
          </div>
          <div className="px-3 pt-1 pb-4">
            <ProjectSwitcher currentProject={project} projects={projects} />
          </div>
          <SidebarNav projectId={project.id} />
        </div>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-20 flex h-12 shrink-0 items-center justify-between gap-4 border-b border-zinc-200 bg-white/90 px-6 backdrop-blur">
          <TopBarTitle projectName={project.name} />
          <UserMenu user={user} />
        </header>
        <main className="flex-1">{children}</main>
      </div>
    </div>
  );
}
