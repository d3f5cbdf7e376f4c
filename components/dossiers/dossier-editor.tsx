"use client";
// The dossier editor: the working copy's sections and items (reordered by dragging or with buttons),
// the panel that adds items, the workflow, and a preview of the panels, citations and versions.
import Link from "next/link";
import { useState } from "react";
import { AddItemPanel } from "@/components/dossiers/add-item-panel";
import { useDossierChange, useDossierDraft } from "@/components/dossiers/dossier-queries";
import { DraftHeader } from "@/components/dossiers/draft-header";
import { DraftSections } from "@/components/dossiers/draft-sections";
import { VersionList } from "@/components/dossiers/version-list";
import { WorkflowBar } from "@/components/dossiers/workflow-bar";
import { useI18n } from "@/components/i18n/i18n-provider";
import { DeleteToTrash } from "@/components/trash/delete-to-trash";
import type { DossierDraft } from "@/lib/dossiers/get-dossier-draft";
import { panelsHtml, sourcesHtml } from "@/lib/dossiers/render-html";
import { interpolate } from "@/lib/i18n/messages";
import type { Panels } from "@/lib/validations/dossier";

export function DossierEditor({ initial }: { initial: DossierDraft }) {
  const { t, locale } = useI18n();
  const html = { t, locale, linkToArticles: true };
  const slug = initial.dossier.slug;
  const { data: draft } = useDossierDraft(slug, initial);
  const change = useDossierChange(slug);
  const editable = draft.rights.edit && (draft.dossier.status === "DRAFT" || draft.dossier.status === "PUBLISHED");
  const [targetSection, setTargetSection] = useState<string | null>(null);
  const sectionId = draft.sections.some((section) => section.id === targetSection) ? (targetSection as string) : (draft.sections[0]?.id ?? null);
  const togglePanel = (panel: keyof Panels) => change.change({ path: "/draft", method: "PATCH", body: { panels: { ...draft.panels.shown, [panel]: !draft.panels.shown[panel] } } });

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="min-w-0 space-y-4">
        <Link href="/studio" className="text-sm text-indigo-700 hover:underline">
          ← {t.studio.back}
        </Link>
        <DraftHeader draft={draft} editable={editable} change={change} />
        <WorkflowBar draft={draft} change={change} />
        {editable && !(draft.versions.length > 0 && !draft.dossier.unpublishedAt) && (
          <DeleteToTrash url={`/api/v1/dossiers/${slug}`} version={draft.dossier.version} label={draft.dossier.title} then="/studio" />
        )}
        {change.error && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {change.error}
          </p>
        )}
        {draft.staleCitations.length > 0 && (
          <div className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="stale-citations">
            <p>{interpolate(t.studio.stale, { count: draft.staleCitations.length })}</p>
            <ul className="mt-1 list-disc pl-5">
              {draft.staleCitations.map((citation) => (
                <li key={citation.n}>
                  [{citation.n}] {citation.title} — {t.studio.staleReason[citation.reason]}
                </li>
              ))}
            </ul>
          </div>
        )}
        {draft.problems.length > 0 && (
          <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="draft-problems">
            <p className="font-medium">{t.studio.problems}</p>
            <ul className="mt-1 list-disc pl-5">
              {draft.problems.map((problem) => (
                <li key={problem.itemId}>{problem.message}</li>
              ))}
            </ul>
          </div>
        )}
        <DraftSections draft={draft} editable={editable} change={change} targetSection={sectionId} onTarget={setTargetSection} />
      </div>
      <aside className="space-y-4">
        {editable && sectionId && <AddItemPanel sections={draft.sections} sectionId={sectionId} onSection={setTargetSection} change={change} />}
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="text-sm font-semibold">{t.studio.panelsShown}</h2>
          <div className="mt-2 flex flex-wrap gap-3 text-sm">
            {(Object.keys(draft.panels.shown) as (keyof Panels)[]).map((panel) => (
              <label key={panel} className="flex items-center gap-1">
                <input type="checkbox" checked={draft.panels.shown[panel]} disabled={!editable || change.pending} onChange={() => togglePanel(panel)} />
                {t.dossiers.panels[panel]}
              </label>
            ))}
          </div>
        </section>
        {/* Escaped text and sanitised commentary only: see lib/dossiers/render-html. */}
        <div className="space-y-4" dangerouslySetInnerHTML={{ __html: panelsHtml(draft.panels, html) }} />
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-2 text-sm font-semibold">{t.studio.citations}</h2>
          <div dangerouslySetInnerHTML={{ __html: sourcesHtml(draft.citations, html) }} />
        </section>
        <VersionList slug={slug} versions={draft.versions} />
      </aside>
    </div>
  );
}
