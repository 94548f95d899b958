"use client";

import { LogOut } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ThemeMenuItems } from "@/features/theme";
import { authClient } from "@/lib/auth/auth-client";
import { TimeZoneMenuItems } from "./time-zone-menu-items";

type TUserMenuProps = { user: { name: string; email: string } };

export function UserMenu({ user }: TUserMenuProps) {
  const router = useRouter();
  const [isSigningOut, startSignOut] = useTransition();

  function onSignOut() {
    startSignOut(async () => {
      await authClient.signOut();
      router.replace("/sign-in");
      router.refresh();
    });
  }

  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label="User menu"
        className="flex items-center gap-2 rounded-full p-0.5 pr-2 transition-colors outline-none hover:bg-zinc-100 focus-visible:ring-2 focus-visible:ring-brand/30 data-[state=open]:bg-zinc-100"
      >
        <Avatar name={user.name || user.email} />
        <span className="max-w-40 truncate text-13 font-medium text-zinc-700">{user.name || user.email}</span>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60">
        <DropdownMenuLabel className="flex flex-col gap-0.5 py-2">
          <span className="truncate text-13 font-medium text-zinc-900">{user.name}</span>
          <span className="truncate text-12 font-normal text-zinc-500">{user.email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <ThemeMenuItems />
        <DropdownMenuSeparator />
        <TimeZoneMenuItems />
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={onSignOut} disabled={isSigningOut}>
          <LogOut aria-hidden />
          {isSigningOut ? "Signing out…" : "Sign out"}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

function Avatar({ name }: { name: string }) {
  const initials = name
    .split(/[\s@._-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
  return (
    <span
      aria-hidden
      className="flex size-7 items-center justify-center rounded-full bg-gradient-to-br from-zinc-700 to-zinc-900 text-[11px] font-semibold text-white"
    >
      {initials || "?"}
    </span>
  );
}
