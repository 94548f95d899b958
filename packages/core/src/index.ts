export { canAssignRole, canRole, PROJECT_ACTIONS, PROJECT_ROLES } from "./access/roles.ts";
export type { TProjectAction, TProjectRole } from "./access/roles.ts";
export {
  AppError,
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  RetryLaterError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
} from "./errors/app-errors.ts";
