"use client";
// Where the article stands: to annotate → in progress → reviewed. "Reviewed" is refused by the server
// while annotations still await a decision; its message is shown.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { annotationKeys } from "@/components/annotations/annotation-queries";
import { useI18n } from "@/components/i18n/i18n-provider";
import { fetchJson } from "@/lib/client/fetch-json";

type Status = "TO_ANNOTATE" | "IN_PROGRESS" | "REVIEWED";
type Props = { articleId: string; status: Status; version: number; canAnnotate: boolean; canReview: boolean };

export function ArticleStatusControl({ articleId, status, version, canAnnotate, canReview }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (next: Status) => fetchJson(`/api/v1/articles/${articleId}/status`, { method: "PUT", body: { version, status: next } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: annotationKeys.all }),
    onSettled: () => router.refresh(),
  });
  const allowed = (next: Status) => (next === "REVIEWED" ? canReview : canAnnotate);
  return (
    <div className="text-right">
      <div role="group" aria-label={t.annotate.articleStatus} className="inline-flex overflow-hidden rounded-md border border-slate-300">
        {(["TO_ANNOTATE", "IN_PROGRESS", "REVIEWED"] as const).map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={option === status}
            disabled={!allowed(option) || change.isPending || option === status}
            onClick={() => change.mutate(option)}
            className={`px-3 py-1.5 text-sm ${option === status ? "bg-indigo-700 text-white" : "bg-white text-slate-700 hover:bg-slate-50 disabled:text-slate-400"}`}
          >
            {t.articles.status[option]}
          </button>
        ))}
      </div>
      {change.error && (
        <p role="alert" className="mt-1 max-w-sm text-sm text-red-700">
          {change.error.message}
        </p>
      )}
    </div>
  );
}
