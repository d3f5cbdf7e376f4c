"use client";
// The clean-up report of the current text: every change the rules made, with its reason, each one
// undoable; undone changes are listed too and can be applied again.
import { useI18n } from "@/components/i18n/i18n-provider";
import { useReviseCleanup } from "@/components/articles/article-mutations";
import { Button } from "@/components/ui/button";
import type { CleanupReport, CleanupReportChange } from "@/lib/ingest/cleanup-report";
import { interpolate } from "@/lib/i18n/messages";

type Props = { articleId: string; version: number; report: CleanupReport; editable: boolean };

export function CleanupReportPanel({ articleId, version, report, editable }: Props) {
  const { t } = useI18n();
  const revise = useReviseCleanup(articleId);
  const restoredIds = report.restored.map((change) => change.id);
  const setKept = (kept: string[]) => revise.mutate({ version, kept });
  const label = (rule: string) => (t.cleanup.rules as Record<string, string>)[rule] ?? rule;

  const row = (change: CleanupReportChange, restored: boolean) => (
    <li key={change.id} data-testid={restored ? "cleanup-restored" : "cleanup-change"} data-rule={change.rule} className="space-y-1 border-t border-slate-100 py-3 first:border-t-0">
      <div className="flex items-start justify-between gap-3">
        <p className="text-sm">
          <span className="font-medium text-slate-800">{label(change.rule)}</span> <span className="text-slate-600">— {change.reason}</span>
          {restored && <span className="ml-2 text-xs text-emerald-700">{t.cleanup.restored}</span>}
        </p>
        {editable && (
          <Button
            variant="secondary"
            className="shrink-0"
            disabled={revise.isPending}
            onClick={() => setKept(restored ? restoredIds.filter((id) => id !== change.id) : [...restoredIds, change.id])}
          >
            {restored ? t.cleanup.removeAgain : t.cleanup.restore}
          </Button>
        )}
      </div>
      {change.before.trim() && <blockquote className="line-clamp-3 border-l-2 border-slate-300 pl-3 font-serif text-sm whitespace-pre-line text-slate-600">{change.before}</blockquote>}
    </li>
  );

  return (
    <section aria-labelledby="cleanup-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="cleanup-title" className="font-semibold">
        {t.cleanup.title}
      </h2>
      <p className="text-sm text-slate-600">{report.changes.length ? interpolate(t.cleanup.summary, { count: report.changes.length }) : t.cleanup.none}</p>
      {revise.error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {revise.error.message}
        </p>
      )}
      <ul className="mt-2">
        {report.changes.map((change) => row(change, false))}
        {report.restored.map((change) => row(change, true))}
      </ul>
    </section>
  );
}
