// The audit filters as a plain GET form: the result is a URL to share or bookmark.
import Link from "next/link";
import { auditFilterNames, type AuditFilters } from "@/components/audit/audit-filters";
import { Button } from "@/components/ui/button";
import type { Messages } from "@/lib/i18n/messages";

export function AuditFilterForm({ filters, t }: { filters: AuditFilters; t: Messages }) {
  const types: Record<(typeof auditFilterNames)[number], string> = { actor: "text", action: "text", targetType: "text", targetId: "text", from: "date", to: "date" };
  return (
    <form method="get" action="/admin/audit" aria-label={t.audit.filters} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-3">
      {auditFilterNames.map((name) => (
        <div key={name} className="flex flex-col gap-1">
          <label htmlFor={`audit-${name}`} className="text-xs font-medium text-slate-600">
            {t.audit[name]}
          </label>
          <input
            id={`audit-${name}`}
            name={name}
            type={types[name]}
            defaultValue={filters[name] ?? ""}
            list={name === "targetType" ? "audit-target-types" : undefined}
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          />
        </div>
      ))}
      <datalist id="audit-target-types">
        {["article", "annotation", "entity", "dossier", "user", "api_token"].map((type) => (
          <option key={type} value={type} />
        ))}
      </datalist>
      <div className="flex items-center gap-3 sm:col-span-3">
        <Button type="submit">{t.audit.apply}</Button>
        <Link href="/admin/audit" className="text-sm text-slate-600 underline-offset-2 hover:underline">
          {t.audit.clear}
        </Link>
      </div>
    </form>
  );
}
