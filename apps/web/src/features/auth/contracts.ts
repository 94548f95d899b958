import { z } from "zod";

const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "An email address has at most 254 characters")
  .pipe(z.email("Enter a valid email address"));

export const ZSignIn = z.object({
  email: ZEmail,
  password: z.string().min(1, "Enter your password").max(128, "Use at most 128 characters"),
});
export type TSignIn = z.infer<typeof ZSignIn>;

/** Matches better-auth's limits in lib/auth/auth.ts (8–128 characters). */
export const ZSignUp = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100, "Keep the name under 100 characters"),
  email: ZEmail,
  password: z.string().min(8, "Use at least 8 characters").max(128, "Use at most 128 characters"),
});
export type TSignUp = z.infer<typeof ZSignUp>;

export const ZChangePassword = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(128, "Use at most 128 characters"),
  newPassword: z.string().min(8, "Use at least 8 characters").max(128, "Use at most 128 characters"),
});
export type TChangePassword = z.infer<typeof ZChangePassword>;
