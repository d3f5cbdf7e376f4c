"use client";
// The sections of the working copy and their items, previewed as readers will see them. Items move
// by drag and drop (onto another item or section) or with the up/down buttons; sections and items
// are deleted softly with an undo; commentaries are edited in place.
import { useState } from "react";
import type { DossierChange } from "@/components/dossiers/dossier-queries";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SaveOrCancel } from "@/components/ui/save-or-cancel";
import type { DossierDraft, DraftItem } from "@/lib/dossiers/get-dossier-draft";
import { blockHtml } from "@/lib/dossiers/render-html";

type Props = { draft: DossierDraft; editable: boolean; change: DossierChange; targetSection: string | null; onTarget: (id: string) => void };

const iconButton = "rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-100 disabled:opacity-30";

export function DraftSections({ draft, editable, change, targetSection, onTarget }: Props) {
  const { t } = useI18n();
  const [dragged, setDragged] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<{ path: string } | null>(null);
  const [newSection, setNewSection] = useState("");
  const citations = new Map(draft.citations.map((citation) => [citation.n, citation]));

  const moveItem = (itemId: string, sectionId: string, position: number) => change.change({ path: `/items/${itemId}`, method: "PATCH", body: { sectionId, position } });
  const remove = (path: string) => change.change({ path, method: "DELETE" }, () => setDeleted({ path: `${path}/restore` }));
  const drop = (sectionId: string, position: number) => {
    if (dragged) moveItem(dragged, sectionId, position);
    setDragged(null);
  };

  return (
    <div className="space-y-6">
      {deleted && (
        <p className="flex items-center gap-3 rounded-md bg-slate-800 px-3 py-2 text-sm text-white" role="status">
          {t.studio.deleted}
          <button type="button" className="font-medium underline" onClick={() => change.change({ path: deleted.path, method: "POST" }, () => setDeleted(null))}>
            {t.studio.undo}
          </button>
        </p>
      )}
      {draft.sections.map((section, sectionIndex) => (
        <section
          key={section.id}
          className={`rounded-lg border bg-white p-4 ${targetSection === section.id && editable ? "border-indigo-300 ring-1 ring-indigo-200" : "border-slate-200"}`}
          data-testid="draft-section"
          onDragOver={(event) => editable && dragged && event.preventDefault()}
          onDrop={(event) => {
            event.preventDefault();
            drop(section.id, section.items.length);
          }}
        >
          <SectionHeader section={section} index={sectionIndex} count={draft.sections.length} editable={editable} change={change} onDelete={() => remove(`/sections/${section.id}`)} onTarget={() => onTarget(section.id)} />
          {section.items.length === 0 && <p className="mt-3 text-sm text-slate-500">{t.studio.emptySection}</p>}
          <ol className="mt-3 space-y-3">
            {section.items.map((item, index) => (
              <li
                key={item.id}
                draggable={editable}
                onDragStart={() => setDragged(item.id)}
                onDragEnd={() => setDragged(null)}
                onDragOver={(event) => editable && dragged && event.preventDefault()}
                onDrop={(event) => {
                  event.preventDefault();
                  event.stopPropagation();
                  drop(section.id, index);
                }}
                className={`group flex gap-2 rounded-md ${dragged === item.id ? "opacity-40" : ""}`}
                data-testid="draft-item"
                data-kind={item.kind}
              >
                {editable && (
                  <div className="flex flex-col items-center pt-1 text-slate-400">
                    <span className="cursor-grab select-none" title={t.studio.dragHint} aria-hidden>
                      ⠿
                    </span>
                    <button type="button" className={iconButton} aria-label={t.studio.moveUp} disabled={index === 0 || change.pending} onClick={() => moveItem(item.id, section.id, index - 1)}>
                      ↑
                    </button>
                    <button type="button" className={iconButton} aria-label={t.studio.moveDown} disabled={index === section.items.length - 1 || change.pending} onClick={() => moveItem(item.id, section.id, index + 1)}>
                      ↓
                    </button>
                  </div>
                )}
                <div className="min-w-0 flex-1">
                  <ItemPreview item={item} editable={editable} change={change} citations={citations} />
                  {editable && (
                    <button type="button" className="mt-1 text-xs text-red-700 opacity-70 hover:underline group-hover:opacity-100" onClick={() => remove(`/items/${item.id}`)}>
                      {t.studio.delete}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {editable && (
        <form
          className="flex gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            change.change({ path: "/sections", method: "POST", body: { title: newSection } }, () => setNewSection(""));
          }}
        >
          <input value={newSection} onChange={(event) => setNewSection(event.target.value)} required maxLength={200} placeholder={t.studio.sectionTitle} aria-label={t.studio.sectionTitle} className="flex-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm" />
          <Button type="submit" variant="secondary" disabled={change.pending}>
            {t.studio.addSection}
          </Button>
        </form>
      )}
    </div>
  );
}


function SectionHeader({ section, index, count, editable, change, onDelete, onTarget }: { section: DossierDraft["sections"][number]; index: number; count: number; editable: boolean; change: DossierChange; onDelete: () => void; onTarget: () => void }) {
  const { t } = useI18n();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(section.title);
  const move = (position: number) => change.change({ path: `/sections/${section.id}`, method: "PATCH", body: { position } });
  if (renaming) {
    return (
      <form
        className="flex gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          change.change({ path: `/sections/${section.id}`, method: "PATCH", body: { title } }, () => setRenaming(false));
        }}
      >
        <input value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={200} aria-label={t.studio.sectionTitle} className="flex-1 rounded-md border border-slate-300 px-2 py-1 text-sm" />
        <Button type="submit" disabled={change.pending}>
          {t.studio.save}
        </Button>
      </form>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="mr-auto font-serif text-xl font-semibold">{section.title}</h2>
      {editable && (
        <>
          <button type="button" className="text-xs text-indigo-700 hover:underline" onClick={onTarget}>
            + {t.studio.add.title}
          </button>
          <button type="button" className={iconButton} aria-label={t.studio.moveUp} disabled={index === 0 || change.pending} onClick={() => move(index - 1)}>
            ↑
          </button>
          <button type="button" className={iconButton} aria-label={t.studio.moveDown} disabled={index === count - 1 || change.pending} onClick={() => move(index + 1)}>
            ↓
          </button>
          <button type="button" className="text-xs text-slate-600 hover:underline" onClick={() => setRenaming(true)}>
            {t.studio.rename}
          </button>
          {count > 1 && (
            <button type="button" className="text-xs text-red-700 hover:underline" onClick={onDelete}>
              {t.studio.delete}
            </button>
          )}
        </>
      )}
    </div>
  );
}

function ItemPreview({ item, editable, change, citations }: { item: DraftItem; editable: boolean; change: DossierChange; citations: Map<number, DossierDraft["citations"][number]> }) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(item.block?.kind === "COMMENTARY" ? item.block.markdown : "");
  if (editing && item.block?.kind === "COMMENTARY") {
    return (
      <form
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          change.change({ path: `/items/${item.id}`, method: "PATCH", body: { body } }, () => setEditing(false));
        }}
      >
        <textarea value={body} onChange={(event) => setBody(event.target.value)} rows={6} className="w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm" aria-label={t.studio.add.commentaryLabel} />
        <SaveOrCancel disabled={change.pending} onCancel={() => setEditing(false)} />
      </form>
    );
  }
  return (
    <>
      {/* Escaped text and sanitised commentary only: see lib/dossiers/render-html. */}
      {item.block && <div dangerouslySetInnerHTML={{ __html: blockHtml(item.block, citations, { t, locale, linkToArticles: true }) }} />}
      {item.problem && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <span className="font-medium">{t.studio.add.kinds[item.kind]} · </span>
          {item.problem}
        </p>
      )}
      {editable && item.block?.kind === "COMMENTARY" && (
        <button type="button" className="mr-3 text-xs text-indigo-700 hover:underline" onClick={() => setEditing(true)}>
          {t.studio.edit}
        </button>
      )}
    </>
  );
}
