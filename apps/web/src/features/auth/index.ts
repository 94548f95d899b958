// The auth feature's surface (browser-safe): the forms' schemas and hook, the error wording, the frame.
export { authErrorMessage, INVALID_CREDENTIALS_MESSAGE, RATE_LIMITED_MESSAGE } from "./auth-error-message";
export type { TAuthClientError } from "./auth-error-message";
export { AuthCard } from "./components/auth-card";
export { ZChangePassword, ZSignIn, ZSignUp } from "./contracts";
export type { TChangePassword, TSignIn, TSignUp } from "./contracts";
export { useAuthForm } from "./hooks/use-auth-form";
