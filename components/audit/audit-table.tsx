"use client";
// The audit entries, newest first. Actors and targets are links that filter by them; each entry opens
// to its before/after, field by field with the changed fields marked, and its metadata.
import Link from "next/link";
import { useState } from "react";
import { auditHref, type AuditFilters } from "@/components/audit/audit-filters";
import { useI18n } from "@/components/i18n/i18n-provider";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { TableHead } from "@/components/ui/table-head";
import { fieldChanges } from "@/lib/audit/audit-diff";
import type { AuditEntryView } from "@/lib/audit/list-audit";
import { interpolate } from "@/lib/i18n/messages";

// Dates arrive as ISO strings from the server component.
export type AuditRow = Omit<AuditEntryView, "at"> & { at: string };

export function AuditTable({ entries, filters }: { entries: AuditRow[]; filters: AuditFilters }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
      <TableHead columns={[t.audit.when, t.audit.who, t.audit.what, t.audit.target, t.audit.ip, t.audit.details]} />
      {entries.map((entry) => {
        const expanded = open.has(entry.id);
        const email = metadataEmail(entry.metadata);
        return (
          <tbody key={entry.id} data-testid={`audit-entry-${entry.id}`} className="border-t border-slate-100">
            <tr>
              <td className="px-4 py-2 whitespace-nowrap text-slate-600">
                <LocalDateTime value={entry.at} />
              </td>
              <td className="px-4 py-2">
                {entry.actor ? (
                  <Link href={auditHref(filters, { actor: entry.actor.email })} title={interpolate(t.audit.filterBy, { value: entry.actor.email })} className="text-indigo-700 hover:underline">
                    {entry.actor.name}
                  </Link>
                ) : (
                  <span className="text-slate-500">{email ?? t.audit.system}</span>
                )}
              </td>
              <td className="px-4 py-2 font-mono text-xs">
                <Link href={auditHref(filters, { action: entry.action })} title={interpolate(t.audit.filterBy, { value: entry.action })} className="hover:underline">
                  {entry.action}
                </Link>
              </td>
              <td className="px-4 py-2">{entry.target && <TargetCell target={entry.target} filters={filters} />}</td>
              <td className="px-4 py-2 font-mono text-xs text-slate-600">{entry.ip ?? ""}</td>
              <td className="px-4 py-2">
                <button
                  type="button"
                  aria-expanded={expanded}
                  aria-controls={`audit-details-${entry.id}`}
                  onClick={() => toggle(entry.id)}
                  className="text-sm text-indigo-700 underline-offset-2 hover:underline"
                >
                  {expanded ? t.audit.hideDetails : t.audit.showDetails}
                </button>
              </td>
            </tr>
            {expanded && (
              <tr id={`audit-details-${entry.id}`}>
                <td colSpan={6} className="bg-slate-50 px-4 py-3">
                  <EntryDetails entry={entry} />
                </td>
              </tr>
            )}
          </tbody>
        );
      })}
    </table>
  );
}

function TargetCell({ target, filters }: { target: NonNullable<AuditRow["target"]>; filters: AuditFilters }) {
  const { t } = useI18n();
  const label = target.label ?? target.id;
  return (
    <span className="flex flex-wrap items-baseline gap-x-2">
      <span className="text-xs text-slate-500">{target.type}</span>
      <Link href={auditHref(filters, { targetType: target.type, targetId: target.id })} title={interpolate(t.audit.filterBy, { value: label })} className="text-indigo-700 hover:underline">
        {label.length > 60 ? `${label.slice(0, 59)}…` : label}
      </Link>
      {target.href && (
        <Link href={target.href} className="text-xs text-slate-600 underline">
          {t.audit.open}
        </Link>
      )}
    </span>
  );
}

function EntryDetails({ entry }: { entry: AuditRow }) {
  const { t } = useI18n();
  const changes = fieldChanges(entry.before, entry.after);
  return (
    <div className="space-y-3">
      {changes.length === 0 ? (
        <p className="text-sm text-slate-600">{t.audit.noChange}</p>
      ) : (
        <table className="w-full table-fixed text-left text-xs">
          <thead>
            <tr className="text-slate-500">
              <th className="w-40 py-1 font-medium">{t.audit.field}</th>
              <th className="py-1 font-medium">{t.audit.before}</th>
              <th className="py-1 font-medium">{t.audit.after}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field} data-changed={change.changed} className={change.changed ? "bg-amber-50" : "text-slate-500"}>
                <th scope="row" className="py-1 pr-2 align-top font-mono font-normal">
                  {change.field}
                  {change.changed && <span className="ml-1 rounded bg-amber-200 px-1 text-[10px] text-amber-900">{t.audit.changed}</span>}
                </th>
                <td className={`py-1 pr-2 align-top break-words whitespace-pre-wrap ${change.changed ? "text-red-800" : ""}`}>{change.before ?? "—"}</td>
                <td className={`py-1 align-top break-words whitespace-pre-wrap ${change.changed ? "text-emerald-800" : ""}`}>{change.after ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {entry.metadata !== null && (
        <div>
          <p className="text-xs font-medium text-slate-500">{t.audit.metadata}</p>
          <pre className="mt-1 overflow-x-auto rounded bg-white p-2 text-xs">{JSON.stringify(entry.metadata, null, 2)}</pre>
        </div>
      )}
    </div>
  );
}

// Failed sign-ins have no actor but name the email that was tried.
function metadataEmail(metadata: AuditRow["metadata"]): string | null {
  if (typeof metadata !== "object" || metadata === null || Array.isArray(metadata)) return null;
  return typeof metadata.email === "string" ? metadata.email : null;
}
