// The members feature's browser-safe surface. Server pages and routes import `./server/*` directly.
export { InviteMemberDialog } from "./components/invite-member-dialog";
export { MembersTable } from "./components/members-table";
export { ZInviteMember, ZMember, ZMemberListResponse, ZMemberResponse, ZUpdateMemberRole } from "./contracts";
export type { TInviteMember, TMember, TUpdateMemberRole } from "./contracts";
