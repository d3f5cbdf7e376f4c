import type { Metadata } from "next";
import Link from "next/link";
import { TrashList } from "@/components/trash/trash-list";
import { guardPage } from "@/lib/auth/guard-page";
import { getTranslations } from "@/lib/i18n/get-locale";
import { interpolate } from "@/lib/i18n/messages";
import { listTrash, trashKindsFor } from "@/lib/trash/list-trash";
import { TRASH_RETENTION_DAYS } from "@/lib/trash/retention";
import { trashQuery } from "@/lib/validations/trash";

export const metadata: Metadata = { title: "Corbeille" };

export default async function TrashPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await guardPage("workspace.access");
  const kind = trashQuery.safeParse(await searchParams).data?.kind;
  const [rows, { t }] = await Promise.all([listTrash(user, kind), getTranslations()]);
  const filters = [{ href: "/trash", label: t.trash.all, active: !kind }, ...trashKindsFor(user).map((option) => ({ href: `/trash?kind=${option}`, label: t.trash.kinds[option], active: kind === option }))];
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t.trash.title}</h1>
        <p className="text-sm text-slate-600">{interpolate(t.trash.intro, { days: TRASH_RETENTION_DAYS })}</p>
      </header>
      <nav aria-label={t.trash.filter} className="flex gap-2 text-sm">
        {filters.map((filter) => (
          <Link key={filter.href} href={filter.href} aria-current={filter.active ? "page" : undefined} className={`rounded-full px-3 py-1 ${filter.active ? "bg-indigo-700 text-white" : "bg-white text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"}`}>
            {filter.label}
          </Link>
        ))}
      </nav>
      <TrashList key={kind ?? "all"} rows={rows.map((row) => ({ ...row, deletedAt: row.deletedAt.toISOString(), purgeOn: row.purgeOn.toISOString() }))} />
    </div>
  );
}
