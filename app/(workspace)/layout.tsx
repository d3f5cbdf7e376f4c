import type { ReactNode } from "react";
import { GuardedShell } from "@/components/layout/guarded-shell";

export default function WorkspaceLayout({ children }: { children: ReactNode }) {
  return <GuardedShell action="workspace.access">{children}</GuardedShell>;
}
