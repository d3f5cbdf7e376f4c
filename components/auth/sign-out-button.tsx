"use client";
import { signOut } from "next-auth/react";
import { useI18n } from "@/components/i18n/i18n-provider";

export function SignOutButton() {
  const { t } = useI18n();
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/sign-in" })} className="text-sm text-slate-600 underline-offset-2 hover:underline">
      {t.nav.signOut}
    </button>
  );
}
