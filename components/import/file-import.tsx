"use client";
// Several files at once (or a zip, or a JSON Lines file): sent as one batch, then followed live; an
// interrupted batch is resumed with the same files.
import { useState, type DragEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ImportResults } from "@/components/import/import-results";
import { useImportBatch, useInterruptedImports, useStartFileImport } from "@/components/import/import-queries";
import { InterruptedImports } from "@/components/import/interrupted-imports";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { FormError } from "@/components/ui/form-error";

const ACCEPTED = ".txt,.md,.markdown,.html,.htm,.docx,.pdf,.zip,.jsonl,.ndjson";

export function FileImport() {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const start = useStartFileImport();
  const batch = useImportBatch(start.data?.id);
  const interrupted = useInterruptedImports();

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    setFiles([...event.dataTransfer.files]);
  }

  return (
    <div className="space-y-6">
      {interrupted.data && interrupted.data.length > 0 && (
        <InterruptedImports batches={interrupted.data} canResume={hydrated && files.length > 0 && !start.isPending} onResume={(resume) => start.mutate({ files, resume })} />
      )}
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (files.length) start.mutate({ files });
        }}
      >
        <label
          htmlFor="import-files"
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={`flex cursor-pointer flex-col items-center gap-1 rounded-lg border-2 border-dashed px-6 py-10 text-center ${dragging ? "border-indigo-500 bg-indigo-50" : "border-slate-300 bg-white"}`}
        >
          <span className="font-medium text-indigo-700">{t.imports.chooseFiles}</span>
          <span className="text-sm text-slate-500">{t.imports.dropHint}</span>
          <input id="import-files" type="file" multiple accept={ACCEPTED} className="sr-only" onChange={(event) => setFiles([...(event.target.files ?? [])])} />
        </label>
        {files.length > 0 && (
          <ul className="text-sm text-slate-700" aria-label={t.imports.tabFiles}>
            {files.map((file) => (
              <li key={`${file.name}-${file.size}`}>
                {file.name} <span className="text-slate-500">({Math.ceil(file.size / 1024)} KB)</span>
              </li>
            ))}
          </ul>
        )}
        <Button type="submit" disabled={!hydrated || files.length === 0 || start.isPending}>
          {start.isPending ? t.imports.starting : t.imports.start}
        </Button>
        <FormError message={start.error?.message} />
      </form>
      {batch.data && <ImportResults batch={batch.data} />}
    </div>
  );
}
