"use client";
// What became of a single imported text: a link to the new article, or to the one it duplicates.
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ImportOutcome } from "@/lib/ingest/import-article";
import { interpolate } from "@/lib/i18n/messages";

export function ImportOutcomeNotice({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useI18n();
  const created = outcome.status === "created";
  return (
    <p role="status" className={`rounded-md px-3 py-2 text-sm ${created ? "bg-emerald-50 text-emerald-800" : "bg-amber-50 text-amber-800"}`}>
      {created ? t.imports.created : t.imports.duplicate}{" "}
      <Link className="font-medium underline" href={`/articles/${created ? outcome.id : outcome.duplicateOf}`}>
        {created ? outcome.title : t.imports.open}
      </Link>
      {created && outcome.copyOf && (
        <>
          {" — "}
          <Link className="underline" href={`/articles/${outcome.copyOf.id}`}>
            {interpolate(t.imports.nearCopy, { similarity: Math.round(outcome.copyOf.similarity * 100) })}
          </Link>
        </>
      )}
    </p>
  );
}
