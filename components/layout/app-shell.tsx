// The frame of every signed-in page: navigation for the user's role, language switch, account.
import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LocaleSwitcher } from "@/components/i18n/locale-switcher";
import { can, type Action } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/actor";
import type { Messages } from "@/lib/i18n/messages";

const navigation: { href: string; label: (t: Messages) => string; permission: Action }[] = [
  { href: "/articles", label: (t) => t.nav.articles, permission: "workspace.access" },
  { href: "/articles/import", label: (t) => t.imports.nav, permission: "article.import" },
  { href: "/review", label: (t) => t.review.nav, permission: "annotation.review" },
  { href: "/entities", label: (t) => t.entities.nav, permission: "entity.read" },
  { href: "/studio", label: (t) => t.studio.nav, permission: "workspace.access" },
  { href: "/dossiers", label: (t) => t.nav.dossiers, permission: "dossier.read_published" },
  // Every workspace role may delete something (an analyst, their own dossiers and entities).
  { href: "/trash", label: (t) => t.trash.nav, permission: "workspace.access" },
  { href: "/admin/users", label: (t) => t.nav.users, permission: "user.manage" },
  { href: "/admin/audit", label: (t) => t.audit.nav, permission: "audit.read" },
  { href: "/admin/suggestions", label: (t) => t.suggestions.nav, permission: "suggestion.monitor" },
];

export function AppShell({ user, t, children }: { user: CurrentUser; t: Messages; children: ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white print:hidden">
        {/* Wraps rather than squeezes: an admin's ten links keep their words whole, the account part moves to a second line. */}
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="font-semibold whitespace-nowrap text-indigo-800">
            {t.app.name}
          </Link>
          <nav aria-label={t.nav.mainNavigation} className="flex flex-wrap gap-x-4 gap-y-1 text-sm whitespace-nowrap">
            {navigation
              .filter((item) => can(user.role, item.permission))
              .map((item) => (
                <Link key={item.href} href={item.href} className="text-slate-700 hover:text-indigo-700">
                  {item.label(t)}
                </Link>
              ))}
          </nav>
          <div className="ml-auto flex items-center gap-4 whitespace-nowrap">
            <LocaleSwitcher />
            <Link href="/account" title={t.account.nav} className="text-sm text-slate-700 hover:text-indigo-700" data-testid="current-user">
              {user.name} · <span className="text-slate-500">{t.roles[user.role]}</span>
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </div>
  );
}
