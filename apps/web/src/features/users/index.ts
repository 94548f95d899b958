// The users feature's browser-safe surface: the end-users of the instrumented application (the
// `user.id` on traces), not Spanlight accounts. Server pages import `./server/*` directly.
export { UserHeader } from "./components/user-header";
export { UserTracesTable } from "./components/user-traces-table";
export { UsersTable } from "./components/users-table";
export type { TUserListFilters } from "./lib/list-filters";
export { usersPagePath } from "./lib/routes";
