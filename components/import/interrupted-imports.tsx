"use client";
// The person's imports that stopped midway (the server restarted): each resumes with the same files.
import { useI18n } from "@/components/i18n/i18n-provider";
import type { InterruptedImportJson } from "@/components/import/import-queries";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/i18n/format-date";
import { interpolate } from "@/lib/i18n/messages";

type Props = { batches: InterruptedImportJson[]; canResume: boolean; onResume: (id: string) => void };

export function InterruptedImports({ batches, canResume, onResume }: Props) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="interrupted-imports" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
      <h2 id="interrupted-imports" className="font-semibold text-amber-900">
        {t.importResume.title}
      </h2>
      <p className="text-amber-900">{t.importResume.hint}</p>
      <ul className="space-y-2">
        {batches.map((batch) => (
          <li key={batch.id} data-testid="interrupted-import" className="flex flex-wrap items-center gap-3">
            <span>{interpolate(t.importResume.batch, { date: formatDateTime(batch.createdAt, locale), done: batch.done, total: batch.total })}</span>
            <Button type="button" disabled={!canResume} onClick={() => onResume(batch.id)}>
              {t.importResume.resume}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
