"use client";
// Paste an article's text, with its title, outlet and date when known.
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ImportOutcomeNotice } from "@/components/import/import-outcome";
import { useImportText } from "@/components/import/import-queries";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ApiError } from "@/lib/client/fetch-json";
import type { PasteArticleInput } from "@/lib/validations/import";
import { FormError } from "@/components/ui/form-error";

export function PasteImportForm() {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const importText = useImportText();
  const [errors, setErrors] = useState<Record<string, string[]>>({});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = Object.fromEntries(new FormData(form)) as PasteArticleInput;
    importText.mutate(input, {
      onSuccess: () => {
        setErrors({});
        form.reset();
      },
      onError: (error) => setErrors(error instanceof ApiError && error.details ? error.details : { _: [error.message] }),
    });
  }

  return (
    <form onSubmit={onSubmit} method="post" className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id="paste-title" name="title" label={t.imports.pasteTitle} error={errors.title?.[0]} />
        <TextField id="paste-source" name="source" label={t.imports.pasteSource} error={errors.source?.[0]} />
        <TextField id="paste-published" name="published" label={t.imports.pastePublished} placeholder="2024-12" error={errors.published?.[0]} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="paste-text" className="text-sm font-medium text-slate-700">
          {t.imports.pasteText}
        </label>
        <textarea
          id="paste-text"
          name="text"
          rows={12}
          aria-invalid={Boolean(errors.text)}
          className="rounded-md border border-slate-300 bg-white px-3 py-2 font-serif text-sm shadow-sm focus:border-indigo-500"
        />
        {errors.text && <p className="text-sm text-red-700">{errors.text[0]}</p>}
      </div>
      <FormError message={errors._?.[0]} />
      <Button type="submit" disabled={!hydrated || importText.isPending}>
        {importText.isPending ? t.imports.starting : t.imports.start}
      </Button>
      {importText.data && <ImportOutcomeNotice outcome={importText.data} />}
    </form>
  );
}
