import type { ReactNode } from "react";
import { GuardedShell } from "@/components/layout/guarded-shell";

// The signed-in user's own pages, for every role (readers included).
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <GuardedShell action="account.manage">{children}</GuardedShell>;
}
