import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { auditFiltersOf, auditHref } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { listAudit } from "@/lib/audit/list-audit";
import { guardPage } from "@/lib/auth/guard-page";
import { getTranslations } from "@/lib/i18n/get-locale";
import { interpolate } from "@/lib/i18n/messages";
import { auditQuerySchema } from "@/lib/validations/audit";

export const metadata: Metadata = { title: "Journal d'audit / Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await guardPage("audit.read");
  const params = await searchParams;
  const { t } = await getTranslations();
  const filters = auditFiltersOf(params);
  const parsed = auditQuerySchema.safeParse(params);
  const page = parsed.success ? await listAudit(user, parsed.data) : null;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t.audit.title}</h1>
        <p className="text-sm text-slate-600">{t.audit.intro}</p>
      </div>
      <AuditFilterForm filters={filters} t={t} />
      {!parsed.success && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {interpolate(t.audit.invalid, { message: parsed.error.issues.map((issue) => issue.message).join(" ") })}
        </p>
      )}
      {page && page.entries.length === 0 && <p className="text-sm text-slate-600">{t.audit.empty}</p>}
      {page && page.entries.length > 0 && <AuditTable entries={JSON.parse(JSON.stringify(page.entries))} filters={filters} />}
      <nav className="flex gap-4 text-sm" aria-label={t.audit.title}>
        {params.before && (
          <Link href={auditHref(filters)} className="text-indigo-700 hover:underline">
            {t.audit.newest}
          </Link>
        )}
        {page?.nextCursor && (
          <Link href={auditHref(filters, { before: page.nextCursor })} className="text-indigo-700 hover:underline" rel="next">
            {t.audit.older}
          </Link>
        )}
      </nav>
    </div>
  );
}
