import type { ReactNode } from "react";
import { GuardedShell } from "@/components/layout/guarded-shell";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return <GuardedShell action="dossier.read_published">{children}</GuardedShell>;
}
