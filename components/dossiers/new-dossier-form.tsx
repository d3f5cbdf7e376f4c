"use client";
// Starts a dossier: a title (required) and a summary, then the editor opens on it.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { fetchJson } from "@/lib/client/fetch-json";
import { FormError } from "@/components/ui/form-error";

export function NewDossierForm() {
  const { t } = useI18n();
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [summary, setSummary] = useState("");
  const create = useMutation({
    mutationFn: () => fetchJson<{ slug: string }>("/api/v1/dossiers", { method: "POST", body: { title, summary } }),
    onSuccess: ({ slug }) => router.push(`/studio/${slug}`),
  });
  return (
    <form
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <h2 className="font-semibold">{t.studio.newDossier}</h2>
      <TextField id="dossier-title" label={t.studio.titleLabel} value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={200} />
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        {t.studio.summaryLabel}
        <textarea value={summary} onChange={(event) => setSummary(event.target.value)} rows={2} maxLength={2000} className="rounded-md border border-slate-300 px-3 py-2 text-sm font-normal" />
      </label>
      <FormError message={create.error?.message} />
      <Button type="submit" disabled={create.isPending}>
        {t.studio.create}
      </Button>
    </form>
  );
}
