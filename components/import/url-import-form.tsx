"use client";
// Import a web page by its address: the server fetches it and keeps the HTML snapshot.
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ImportOutcomeNotice } from "@/components/import/import-outcome";
import { useImportUrl } from "@/components/import/import-queries";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useHydrated } from "@/components/ui/use-hydrated";

export function UrlImportForm() {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const importUrl = useImportUrl();
  const [url, setUrl] = useState("");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    importUrl.mutate({ url });
  }

  return (
    <form onSubmit={onSubmit} method="post" className="space-y-4" noValidate>
      <TextField id="import-url" type="url" label={t.imports.url} placeholder="https://" value={url} onChange={(event) => setUrl(event.target.value)} error={importUrl.error?.message} />
      <Button type="submit" disabled={!hydrated || !url || importUrl.isPending}>
        {importUrl.isPending ? t.imports.starting : t.imports.start}
      </Button>
      {importUrl.data && <ImportOutcomeNotice outcome={importUrl.data} />}
    </form>
  );
}
