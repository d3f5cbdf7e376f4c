"use client";
// The suggestions panel of the annotation workspace: run the recommenders on demand, and accept every
// pending suggestion of one kind (entities, dates or themes) in one action.
import { useI18n } from "@/components/i18n/i18n-provider";
import { pendingSuggestions, useAcceptSuggestions, useRunSuggestions } from "@/components/suggestions/suggestion-queries";
import { Button } from "@/components/ui/button";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import { interpolate } from "@/lib/i18n/messages";
import { FormError } from "@/components/ui/form-error";

const kinds = ["ENTITY", "DATE", "THEME"] as const;

type Props = { articleId: string; annotations: AnnotationView[]; canAnnotate: boolean; canReview: boolean };

export function SuggestionActions({ articleId, annotations, canAnnotate, canReview }: Props) {
  const { t } = useI18n();
  const run = useRunSuggestions(articleId);
  const accept = useAcceptSuggestions();
  const error = run.error ?? accept.error;
  return (
    <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid="suggestions-panel" aria-label={t.suggestions.title}>
      <p className="text-xs text-slate-500">{t.suggestions.legend}</p>
      {canAnnotate && (
        <Button variant="secondary" disabled={run.isPending} onClick={() => run.mutate()}>
          {run.isPending ? t.suggestions.running : t.suggestions.run}
        </Button>
      )}
      {canReview && (
        <div className="flex flex-wrap gap-1.5">
          {kinds.map((kind) => {
            const pending = pendingSuggestions(annotations, kind);
            if (pending.length === 0) return null;
            return (
              <Button key={kind} variant="secondary" disabled={accept.isPending} onClick={() => accept.mutate(pending)}>
                {interpolate(t.suggestions.acceptAll, { kind: t.suggestions.acceptKinds[kind], count: pending.length })}
              </Button>
            );
          })}
        </div>
      )}
      <div role="status" className="text-sm text-slate-700">
        {run.data && interpolate(t.suggestions.ran, run.data)}
        {accept.data && interpolate(t.suggestions.acceptedCount, { count: accept.data.reviewed })}
      </div>
      <FormError message={error?.message} />
    </section>
  );
}
