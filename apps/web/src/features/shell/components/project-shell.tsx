import { cookies } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import { Wordmark } from "@/components/brand/wordmark";
import { ProjectSwitcher } from "@/features/projects";
import type { TProject } from "@/features/projects";
import { parseSidebarState, SIDEBAR_COOKIE } from "../lib/sidebar-state";
import { CollapsibleSidebar } from "./collapsible-sidebar";
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
export async function ProjectShell({ user, project, projects, children }: TProjectShellProps) {
  const sidebarState = parseSidebarState((await cookies()).get(SIDEBAR_COOKIE)?.value);
  return (
    <div className="flex min-h-screen bg-white">
      <CollapsibleSidebar initialState={sidebarState}>
        <div className="flex h-12 shrink-0 items-center px-4">
          <Link
            href={`/project/${project.id}/traces`}
            className="rounded-md outline-none focus-visible:ring-2 focus-visible:ring-brand/30"
          >
            <Wordmark />
          </Link>
        </div>
        <div data-sidebar-label className="px-3 pt-1 pb-4">
          <ProjectSwitcher currentProject={project} projects={projects} />
        </div>
        <SidebarNav projectId={project.id} />
      </CollapsibleSidebar>
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
