"use client";

import { canAssignRole, PROJECT_ROLES } from "@spanlight/core";
import type { TProjectRole } from "@spanlight/core";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { roleDescription, roleLabel } from "@/features/projects";

type TRoleSelectProps = {
  /** The acting member's role: it decides which roles are offered (only owners grant OWNER). */
  actorRole: TProjectRole;
  value: TProjectRole;
  onValueChange: (role: TProjectRole) => void;
  disabled?: boolean;
  className?: string;
  "aria-label": string;
  name?: string;
  id?: string;
};

export function RoleSelect({
  actorRole,
  value,
  onValueChange,
  disabled,
  className,
  name,
  id,
  ...props
}: TRoleSelectProps) {
  const roles = PROJECT_ROLES.filter((role) => canAssignRole(actorRole, role));
  return (
    <Select value={value} onValueChange={(role) => onValueChange(role as TProjectRole)} disabled={disabled} name={name}>
      <SelectTrigger id={id} className={className} aria-label={props["aria-label"]}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent align="start" className="w-64">
        {roles.map((role) => (
          <SelectItem key={role} value={role} description={roleDescription(role)}>
            {roleLabel(role)}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
