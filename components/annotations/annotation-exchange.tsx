"use client";
// Export links (one article, or the whole annotated corpus) and the import of a JSON Lines file.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { annotationKeys } from "@/components/annotations/annotation-queries";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { AnnotationImportResult } from "@/lib/annotations/import-annotations";
import { ApiError } from "@/lib/client/fetch-json";
import { interpolate } from "@/lib/i18n/messages";
import { FormError } from "@/components/ui/form-error";

const formats = [
  ["jsonl", "JSON Lines"],
  ["w3c", "W3C JSON-LD"],
  ["conll", "CoNLL"],
] as const;

export function ExportLinks({ articleId }: { articleId?: string }) {
  const { t } = useI18n();
  const base = articleId ? `/api/v1/articles/${articleId}/annotations/export` : "/api/v1/annotations/export";
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">{articleId ? t.exchange.exportArticle : t.exchange.exportCorpus}</span>
      {formats.map(([format, label]) => (
        <a key={format} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-indigo-700 hover:bg-slate-50" href={`${base}?format=${format}`} download>
          {label}
        </a>
      ))}
    </p>
  );
}

async function upload(file: File): Promise<AnnotationImportResult> {
  const response = await fetch("/api/v1/annotations/import", { method: "POST", headers: { "content-type": "application/x-ndjson" }, body: file });
  const payload = (await response.json().catch(() => ({}))) as AnnotationImportResult & { error?: { code: string; message: string } };
  if (!response.ok) throw new ApiError(response.status, payload.error?.code ?? "INTERNAL", payload.error?.message ?? response.statusText);
  return payload;
}

export function AnnotationImportForm() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const importing = useMutation({ mutationFn: upload, onSettled: () => queryClient.invalidateQueries({ queryKey: annotationKeys.all }) });
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        const file = input.current?.files?.[0];
        if (file) importing.mutate(file);
      }}
    >
      <label htmlFor="annotation-import" className="block text-sm font-medium">
        {t.exchange.importLabel}
      </label>
      <div className="flex gap-2">
        <input ref={input} id="annotation-import" type="file" accept=".jsonl,.ndjson,.json,application/x-ndjson" className="text-sm" required />
        <Button type="submit" disabled={importing.isPending}>
          {t.exchange.import}
        </Button>
      </div>
      <FormError message={importing.error?.message} />
      {importing.data && (
        <div role="status" className="text-sm">
          <p className="text-emerald-800">{interpolate(t.exchange.result, { created: importing.data.created, articles: importing.data.articles, existing: importing.data.existing })}</p>
          {importing.data.problems.length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-amber-800">
              {importing.data.problems.slice(0, 50).map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
