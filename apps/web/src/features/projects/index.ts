// The projects feature's browser-safe surface. Server pages and routes import `./server/*` directly.
export { CreateProjectForm } from "./components/create-project-form";
export { DeleteProjectDialog } from "./components/delete-project-dialog";
export { ProjectAvatar } from "./components/project-avatar";
export { ProjectSwitcher } from "./components/project-switcher";
export { RenameProjectForm } from "./components/rename-project-form";
export { roleDescription, RoleBadge, roleLabel } from "./components/role-badge";
export {
  ZCreateProject,
  ZDeleteProject,
  ZProject,
  ZProjectListResponse,
  ZProjectParams,
  ZProjectResponse,
  ZProjectRole,
  ZRenameProject,
} from "./contracts";
export type { TCreateProject, TDeleteProject, TProject, TRenameProject } from "./contracts";
