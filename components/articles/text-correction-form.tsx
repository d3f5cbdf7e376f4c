"use client";
// Correcting the text by hand: the correction becomes a new revision (the earlier ones stay), and the
// annotations are re-anchored onto it; the result says how many moved and how many need a person.
import { useState } from "react";
import { useCorrectText } from "@/components/articles/article-mutations";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { interpolate } from "@/lib/i18n/messages";

export function TextCorrectionForm({ articleId, version, text }: { articleId: string; version: number; text: string }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<string | null>(null);
  const correct = useCorrectText(articleId);
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
      <h2 className="font-semibold">{t.correction.title}</h2>
      {correct.data && <p role="status" className="mt-1 text-emerald-800">{interpolate(t.correction.done, { moved: correct.data.moved, orphaned: correct.data.orphaned })}</p>}
      {correct.error && <p role="alert" className="mt-1 text-red-700">{correct.error.message}</p>}
      {draft === null ? (
        <Button variant="secondary" className="mt-2" onClick={() => (correct.reset(), setDraft(text))}>
          {t.correction.open}
        </Button>
      ) : (
        <form
          className="mt-2 space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            correct.mutate({ version, text: draft }, { onSuccess: () => setDraft(null) });
          }}
        >
          <label htmlFor="text-correction" className="block text-slate-600">
            {t.correction.help}
          </label>
          <textarea id="text-correction" className="h-80 w-full rounded-md border border-slate-300 p-2 font-serif text-sm" value={draft} onChange={(event) => setDraft(event.target.value)} />
          <div className="flex gap-2">
            <Button type="submit" disabled={correct.isPending || draft === text}>
              {t.correction.save}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setDraft(null)}>
              {t.annotate.cancel}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
