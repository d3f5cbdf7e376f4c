"use client";
// A batch's live progress (done / total) and one row per item: created, duplicate (of which article)
// or failed (and why); near copies show what they copy and how closely. An interrupted batch says so.
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ImportBatchJson } from "@/components/import/import-queries";
import { TableHead } from "@/components/ui/table-head";
import { interpolate } from "@/lib/i18n/messages";

const statusStyle = { CREATED: "text-emerald-700", DUPLICATE: "text-amber-700", FAILED: "text-red-700" } as const;

export function ImportResults({ batch }: { batch: ImportBatchJson }) {
  const { t } = useI18n();
  const count = (status: keyof typeof statusStyle) => batch.items.filter((item) => item.status === status).length;
  const running = batch.status === "RUNNING";
  const interrupted = batch.status === "INTERRUPTED";
  return (
    <section className="space-y-3" aria-live="polite">
      <div className="flex items-center gap-3">
        <progress className="h-2 w-64 accent-indigo-700" max={batch.total} value={batch.done} aria-label={t.imports.title} />
        <span role="status" data-testid="import-progress" className="text-sm text-slate-700">
          {running
            ? interpolate(t.imports.progress, { done: batch.done, total: batch.total })
            : interrupted
              ? interpolate(t.importResume.interrupted, { done: batch.done, total: batch.total })
              : interpolate(t.imports.finished, { created: count("CREATED"), duplicate: count("DUPLICATE"), failed: count("FAILED") })}
        </span>
      </div>
      <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
        <TableHead columns={[t.imports.columnFile, t.imports.columnResult, t.imports.columnArticle]} />
        <tbody>
          {batch.items.map((item) => (
            <tr key={item.position} data-testid="import-item" className="border-t border-slate-100 align-top">
              <td className="px-4 py-2 font-mono text-xs break-all">{item.filename}</td>
              <td className={`px-4 py-2 font-medium ${statusStyle[item.status]}`}>{t.imports[`status${item.status}`]}</td>
              <td className="px-4 py-2 text-slate-700">
                {item.article && (
                  <Link className="text-indigo-700 hover:underline" href={`/articles/${item.article.id}`}>
                    {item.article.title}
                  </Link>
                )}
                {item.duplicateOf && (
                  <p className="text-xs text-slate-600">
                    {item.status === "DUPLICATE" ? (
                      <Link className="hover:underline" href={`/articles/${item.duplicateOf.id}`}>
                        {interpolate(t.imports.duplicateOf, { title: item.duplicateOf.title })}
                      </Link>
                    ) : (
                      interpolate(t.imports.copyOf, { title: item.duplicateOf.title, similarity: Math.round((item.similarity ?? 0) * 100) })
                    )}
                  </p>
                )}
                {item.reason && <p className="text-red-700">{item.reason}</p>}
              </td>
            </tr>
          ))}
          {(running || interrupted) &&
            Array.from({ length: batch.total - batch.items.length }, (_, index) => (
              <tr key={`pending-${index}`} className="border-t border-slate-100 text-slate-400">
                <td className="px-4 py-2" colSpan={3}>
                  {running ? t.imports.pending : t.importResume.notImported}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}
