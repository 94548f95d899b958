// The members feature's browser-safe surface. Server pages and routes import `./server/*` directly.
export { InvitationsTable } from "./components/invitations-table";
export { InviteMemberDialog } from "./components/invite-member-dialog";
export { MembersTable } from "./components/members-table";
export {
  ZAcceptInvitation,
  ZAcceptInvitationResponse,
  ZInvitation,
  ZInvitationCreatedResponse,
  ZInvitationListResponse,
  ZInvitationPreviewResponse,
  ZInviteMember,
  ZMember,
  ZMemberListResponse,
  ZMemberResponse,
  ZUpdateMemberRole,
} from "./contracts";
export type {
  TAcceptInvitation,
  TInvitation,
  TInvitationPreview,
  TInviteMember,
  TMember,
  TUpdateMemberRole,
} from "./contracts";
