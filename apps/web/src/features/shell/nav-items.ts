import {
  ClipboardCheck,
  Database,
  FlaskConical,
  LayoutDashboard,
  ListTree,
  MessagesSquare,
  Scale,
  Settings,
  Target,
  Users,
} from "lucide-react";
import type { LucideIcon } from "lucide-react";

export type TNavItem = { segment: string; label: string; icon: LucideIcon };

/** The project's sections, in sidebar order; `segment` is the path part after /project/[id]/. */
export const PROJECT_NAV_ITEMS: readonly TNavItem[] = [
  { segment: "traces", label: "Traces", icon: ListTree },
  { segment: "sessions", label: "Sessions", icon: MessagesSquare },
  { segment: "users", label: "Users", icon: Users },
  { segment: "scores", label: "Scores", icon: Target },
  { segment: "annotation-queues", label: "Annotation queues", icon: ClipboardCheck },
  { segment: "calibration", label: "Judge calibration", icon: Scale },
  { segment: "datasets", label: "Datasets", icon: Database },
  { segment: "optimization-runs", label: "Optimization runs", icon: FlaskConical },
  { segment: "dashboards", label: "Dashboards", icon: LayoutDashboard },
];

export const SETTINGS_NAV_ITEM: TNavItem = { segment: "settings", label: "Settings", icon: Settings };

/** The section segment of a project path: `/project/abc/settings/members` → `settings`. */
export function sectionOf(pathname: string): string | null {
  const [, root, , segment] = pathname.split("/");
  return root === "project" ? (segment ?? null) : null;
}
