// The app shell: the project frame and the user menu (also used on pages outside a project).
export { ProjectShell } from "./components/project-shell";
export { UserMenu } from "./components/user-menu";
