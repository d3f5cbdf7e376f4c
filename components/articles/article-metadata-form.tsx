"use client";
// Editing an article's metadata. When the publication date is unknown the form opens by itself and
// offers the date inferred from the text, with its evidence, for the editor to accept or correct.
import { useState, type FormEvent } from "react";
import { useUpdateArticle } from "@/components/articles/article-mutations";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ApiError } from "@/lib/client/fetch-json";
import { formatCalendarDate } from "@/lib/i18n/format-date";
import { interpolate } from "@/lib/i18n/messages";
import type { DatePrecision } from "@/lib/generated/prisma/enums";

export type EditableMetadata = {
  id: string;
  version: number;
  title: string;
  source: string;
  url: string;
  byline: string;
  language: string;
  published: string; // 2024, 2024-12 or 2024-12-02, "" when unknown
  proposal: { date: string; precision: DatePrecision; evidence: string } | null;
};

const lengthByPrecision: Record<DatePrecision, number> = { YEAR: 4, MONTH: 7, DAY: 10 };

export function ArticleMetadataForm({ article }: { article: EditableMetadata }) {
  const { t, locale } = useI18n();
  const update = useUpdateArticle(article.id);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const missingDate = !article.published;
  const proposed = article.proposal && article.proposal.date.slice(0, lengthByPrecision[article.proposal.precision]);

  const save = (input: Record<string, string | null>) =>
    update.mutate(
      { version: article.version, ...input },
      {
        onSuccess: () => setErrors({}),
        onError: (error) => setErrors(error instanceof ApiError && error.details ? error.details : { _: [error.message] }),
      },
    );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    // Empty optional fields clear the value; the title cannot be cleared.
    save(Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.trim() === "" && key !== "title" ? null : value])));
  }

  return (
    <section className="space-y-3">
      {missingDate && (
        <div role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <p className="font-medium">{t.metadata.dateMissing}</p>
          {article.proposal && proposed && (
            <p className="mt-1 flex flex-wrap items-center gap-3">
              <span data-testid="date-proposal">
                {interpolate(t.metadata.dateProposed, {
                  date: formatCalendarDate(article.proposal.date, article.proposal.precision, locale),
                  evidence: article.proposal.evidence,
                })}
              </span>
              <Button variant="secondary" disabled={update.isPending} onClick={() => save({ published: proposed })}>
                {t.metadata.acceptProposal}
              </Button>
            </p>
          )}
        </div>
      )}
      <details open={missingDate} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <summary className="cursor-pointer font-semibold">{t.metadata.edit}</summary>
        <form onSubmit={onSubmit} method="post" noValidate className="mt-4 grid gap-4 sm:grid-cols-2">
          <TextField id="meta-title" name="title" label={t.metadata.title} defaultValue={article.title} error={errors.title?.[0]} />
          <TextField id="meta-source" name="source" label={t.metadata.source} defaultValue={article.source} error={errors.source?.[0]} />
          <TextField id="meta-published" name="published" label={t.metadata.published} defaultValue={article.published} placeholder={proposed ?? "2024-12"} error={errors.published?.[0]} />
          <TextField id="meta-language" name="language" label={t.metadata.language} defaultValue={article.language} error={errors.language?.[0]} />
          <TextField id="meta-url" name="url" type="url" label={t.metadata.url} defaultValue={article.url} error={errors.url?.[0]} />
          <TextField id="meta-byline" name="byline" label={t.metadata.byline} defaultValue={article.byline} error={errors.byline?.[0]} />
          <div className="flex items-center gap-3 sm:col-span-2">
            <Button type="submit" disabled={update.isPending}>
              {t.metadata.save}
            </Button>
            {update.isSuccess && <span role="status" className="text-sm text-emerald-700">{t.metadata.saved}</span>}
            {errors._ && (
              <span role="alert" className="text-sm text-red-700">
                {errors._[0]}
              </span>
            )}
          </div>
        </form>
      </details>
    </section>
  );
}
