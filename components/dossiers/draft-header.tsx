"use client";
// The working copy's title and summary, edited in place, with its status and a link to what readers see.
import { useState } from "react";
import type { DossierChange } from "@/components/dossiers/dossier-queries";
import { DossierStatusBadge } from "@/components/dossiers/dossier-status-badge";
import { ReadingPageLink } from "@/components/dossiers/reading-page-link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SaveOrCancel } from "@/components/ui/save-or-cancel";
import type { DossierDraft } from "@/lib/dossiers/get-dossier-draft";

export function DraftHeader({ draft, editable, change }: { draft: DossierDraft; editable: boolean; change: DossierChange }) {
  const { t } = useI18n();
  const { dossier } = draft;
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(dossier.title);
  const [summary, setSummary] = useState(dossier.summary);
  const published = draft.versions.length > 0 && !dossier.unpublishedAt;

  if (editing) {
    return (
      <form
        className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
        onSubmit={(event) => {
          event.preventDefault();
          change.change({ path: "/draft", method: "PATCH", body: { title, summary } }, () => setEditing(false));
        }}
      >
        <label className="block text-sm font-medium text-slate-700">
          {t.studio.titleLabel}
          <input value={title} onChange={(event) => setTitle(event.target.value)} className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-lg" required maxLength={200} />
        </label>
        <label className="block text-sm font-medium text-slate-700">
          {t.studio.summaryLabel}
          <textarea value={summary} onChange={(event) => setSummary(event.target.value)} rows={3} className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm" maxLength={2000} />
        </label>
        <SaveOrCancel disabled={change.pending} onCancel={() => setEditing(false)} />
      </form>
    );
  }
  return (
    <header>
      <div className="flex flex-wrap items-center gap-3">
        <DossierStatusBadge status={dossier.status} label={t.studio.status[dossier.status]} />
        <span className="text-sm text-slate-500">{dossier.owner.name}</span>
        {published && (
          <ReadingPageLink href={`/dossiers/${dossier.slug}`} className="text-sm text-indigo-700 hover:underline">
            {t.studio.readPublished}
          </ReadingPageLink>
        )}
      </div>
      <h1 className="mt-2 font-serif text-3xl font-semibold" data-testid="dossier-title">
        {dossier.title}
      </h1>
      {dossier.summary && <p className="mt-2 text-slate-700">{dossier.summary}</p>}
      {editable && (
        <button
          type="button"
          className="mt-1 text-sm text-indigo-700 hover:underline"
          onClick={() => {
            setTitle(dossier.title);
            setSummary(dossier.summary);
            setEditing(true);
          }}
        >
          {t.studio.edit}
        </button>
      )}
    </header>
  );
}
