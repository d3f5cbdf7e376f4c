"use client";
// The annotation workspace of one article: select text (mouse or keyboard), mark it as an entity, a
// date or a theme, and review, edit, note or delete the marks in the side panel.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { AnnotatedText } from "@/components/annotations/annotated-text";
import { AnnotationActions } from "@/components/annotations/annotation-actions";
import { DateForm, EntityForm, ThemeForm, type FormKind } from "@/components/annotations/annotation-forms";
import { AnnotationList } from "@/components/annotations/annotation-list";
import { useArticleAnnotations, useCreateAnnotation, useDeleteAnnotation, useRestoreAnnotation, useUpdateAnnotation } from "@/components/annotations/annotation-queries";
import { selectOffsets, selectionOffsets } from "@/components/annotations/dom-selection";
import { placeholderAnnotation } from "@/components/annotations/placeholder-annotation";
import { ShortcutHelp } from "@/components/annotations/shortcut-help";
import { SuggestionActions } from "@/components/suggestions/suggestion-actions";
import { snapToWords, wordBoundaries } from "@/components/annotations/text-segments";
import { useAnnotationKeys } from "@/components/annotations/use-annotation-keys";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { AnnotationWorkspace as WorkspaceData } from "@/lib/annotations/get-annotation-workspace";
import type { EntityTypeOption } from "@/lib/entities/entity-types";
import type { ThemeOption } from "@/lib/taxonomy/list-themes";
import type { CreateAnnotationInput, Span, UpdateAnnotationInput } from "@/lib/validations/annotation";

// What the forms produce for a new mark, as a change of an existing one.
function changeOf(input: CreateAnnotationInput): Omit<UpdateAnnotationInput, "version"> {
  if (input.kind === "ENTITY") return input.newEntity ? { newEntity: input.newEntity } : { entityId: input.entityId };
  return input.kind === "DATE" ? { date: input.date } : { themeId: input.themeId };
}

// `focusId`: the mark to open the article on (a mention link of the entity register).
type Props = { workspace: WorkspaceData; entityTypes: EntityTypeOption[]; themes: ThemeOption[]; canAnnotate: boolean; canReview: boolean; author: { id: string; name: string }; focusId?: string };

export function AnnotationWorkspace({ workspace, entityTypes, themes, canAnnotate, canReview, author, focusId }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const { article, revision } = workspace;
  const text = revision?.text ?? "";
  const surface = useRef<HTMLDivElement>(null);
  const query = useArticleAnnotations(article.id, { revisionId: revision?.id ?? null, annotations: workspace.annotations, orphans: workspace.orphans });
  const { annotations, orphans } = query.data;
  const [selection, setSelection] = useState<Span | null>(null);
  const [form, setForm] = useState<FormKind | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(focusId ?? null);
  const [deleted, setDeleted] = useState<{ id: string; version: number } | null>(null);
  // The annotation whose entity, date or theme is being changed through the forms, if any.
  const [editing, setEditing] = useState<AnnotationView | null>(null);
  const create = useCreateAnnotation(article.id, (input) => placeholderAnnotation(input, { articleId: article.id, revisionId: revision?.id ?? "", author, entityTypes, themes }));
  const update = useUpdateAnnotation(article.id);
  const remove = useDeleteAnnotation(article.id);
  const restore = useRestoreAnnotation(article.id);
  const error = create.error ?? update.error ?? remove.error ?? restore.error;

  // Someone corrected the text meanwhile: show the new revision rather than annotate a stale one.
  useEffect(() => {
    if (query.data.revisionId !== (revision?.id ?? null)) router.refresh();
  }, [query.data.revisionId, revision?.id, router]);

  useEffect(() => {
    if (focusId) surface.current?.querySelector(`[data-annotations~="${CSS.escape(focusId)}"]`)?.scrollIntoView({ block: "center" });
  }, [focusId]);

  const ordered = useMemo(() => [...orphans, ...annotations], [orphans, annotations]);
  const selected = ordered.find((annotation) => annotation.id === selectedId) ?? null;
  const words = useMemo(() => wordBoundaries(text), [text]);

  const choose = useCallback((span: { start: number; end: number } | null) => {
    setSelection(span && span.end > span.start ? { ...span, quote: text.slice(span.start, span.end) } : null);
    setForm(null);
    setEditing(null);
  }, [text]);

  const focusAnnotation = useCallback((annotation: AnnotationView) => {
    setSelectedId(annotation.id);
    const start = annotation.start;
    if (start === null || annotation.anchorState === "ORPHANED") return;
    surface.current?.querySelector(`[data-start="${start}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, []);

  const onPointerUp = () => {
    const container = surface.current;
    if (!container) return;
    const offsets = selectionOffsets(container);
    if (offsets) return choose(snapToWords(text, offsets.start, offsets.end));
    const marked = (window.getSelection()?.anchorNode?.parentElement?.closest("[data-annotations]") as HTMLElement | null)?.dataset.annotations?.split(" ");
    const innermost = marked?.at(-1);
    const annotation = innermost ? annotations.find((view) => view.id === innermost) : undefined;
    if (annotation) focusAnnotation(annotation);
  };

  const submit = (input: CreateAnnotationInput) => {
    if (editing) {
      update.mutate({ id: editing.id, version: editing.version, ...changeOf(input) });
      return choose(null);
    }
    // The first mark moves the article to "in progress": show it.
    create.mutate({ ...input, revisionId: revision?.id }, { onSuccess: () => article.status === "TO_ANNOTATE" && router.refresh() });
    setForm(null);
    setSelection(null);
    window.getSelection()?.removeAllRanges();
  };

  const decide = (annotation: AnnotationView, status: "ACCEPTED" | "REJECTED" | "SUGGESTED") => update.mutate({ id: annotation.id, version: annotation.version, status });
  const erase = (annotation: AnnotationView) => {
    remove.mutate({ id: annotation.id, version: annotation.version }, { onSuccess: () => setDeleted({ id: annotation.id, version: annotation.version + 1 }) });
    setSelectedId(null);
  };

  // Keyboard selection, word by word: the cursor is the selection's end.
  const moveWord = (direction: 1 | -1, extend: boolean) => {
    if (!words.length || !surface.current) return;
    const end = selection?.end ?? 0;
    const current = words.findIndex(([, wordEnd]) => wordEnd >= end);
    const index = Math.min(words.length - 1, Math.max(0, (current === -1 ? words.length - 1 : current) + (selection ? direction : 0)));
    const [wordStart, wordEnd] = words[index] as [number, number];
    const span = extend && selection ? { start: Math.min(selection.start, wordStart), end: Math.max(direction > 0 ? wordEnd : selection.start + 1, wordEnd) } : { start: wordStart, end: wordEnd };
    choose(span);
    selectOffsets(surface.current, span.start, span.end);
  };
  const step = (direction: 1 | -1) => {
    const index = ordered.findIndex((annotation) => annotation.id === selectedId);
    const next = ordered[(index + direction + ordered.length) % ordered.length];
    if (next) focusAnnotation(next);
  };

  useAnnotationKeys({
    ...(canAnnotate && selection && { entity: () => setForm("ENTITY"), date: () => setForm("DATE"), theme: () => setForm("THEME") }),
    ...(canReview && selected && { accept: () => decide(selected, "ACCEPTED"), reject: () => decide(selected, "REJECTED") }),
    ...(canAnnotate && selected && { delete: () => erase(selected) }),
    next: () => step(1),
    previous: () => step(-1),
    wordRight: () => moveWord(1, false),
    wordLeft: () => moveWord(-1, false),
    extendRight: () => moveWord(1, true),
    extendLeft: () => moveWord(-1, true),
    escape: () => (form ? setForm(null) : (choose(null), setSelectedId(null))),
  });

  const reference = article.publishedOn && article.publishedPrecision ? { date: article.publishedOn, precision: article.publishedPrecision } : null;
  const formProps = selection && { selection, onSubmit: submit, onCancel: () => (editing ? choose(null) : setForm(null)) };
  const startEditing = (annotation: AnnotationView) => {
    choose({ start: annotation.start as number, end: annotation.end as number });
    setForm(annotation.kind);
    setEditing(annotation);
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <div ref={surface} tabIndex={0} data-annotation-surface onMouseUp={onPointerUp} className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm focus:outline-2 focus:outline-indigo-400" aria-label={t.annotate.textLabel}>
        <AnnotatedText text={text} annotations={annotations} selectedId={selectedId} language={article.language} />
      </div>
      <aside className="space-y-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
        {error && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-2 text-sm text-red-800">
            {error}
          </p>
        )}
        {deleted && (
          <p className="flex items-center justify-between rounded-md bg-slate-100 p-2 text-sm" role="status">
            {t.annotate.deleted}
            <Button variant="secondary" onClick={() => (restore.mutate(deleted), setDeleted(null))}>
              {t.annotate.undo}
            </Button>
          </p>
        )}
        {canAnnotate && (
          <section className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid="selection-panel">
            {!selection ? (
              <p className="text-sm text-slate-500">{t.annotate.selectHint}</p>
            ) : (
              <>
                {editing && <p className="text-xs font-semibold text-indigo-800">{t.annotate.editing}</p>}
                <p className="mb-2 font-serif text-sm">« {selection.quote} »</p>
                {!form && (
                  <div className="flex gap-2">
                    <Button onClick={() => setForm("ENTITY")}>{t.annotate.markEntity}</Button>
                    <Button onClick={() => setForm("DATE")}>{t.annotate.markDate}</Button>
                    <Button onClick={() => setForm("THEME")}>{t.annotate.markTheme}</Button>
                  </div>
                )}
                {formProps && form === "ENTITY" && <EntityForm key={selection.start} {...formProps} entityTypes={entityTypes} />}
                {formProps && form === "DATE" && <DateForm key={selection.start} {...formProps} reference={reference} language={article.language} initial={editing?.date} />}
                {formProps && form === "THEME" && <ThemeForm key={selection.start} {...formProps} themes={themes} />}
              </>
            )}
          </section>
        )}
        <SuggestionActions articleId={article.id} annotations={annotations} canAnnotate={canAnnotate} canReview={canReview} />
        <AnnotationList
          annotations={annotations}
          orphans={orphans}
          selectedId={selectedId}
          onSelect={focusAnnotation}
          actions={(annotation) => (
            <AnnotationActions annotation={annotation} canAnnotate={canAnnotate} canReview={canReview} selection={selection} onDecide={decide} onDelete={erase} onEdit={startEditing} onUpdate={(input) => update.mutate({ id: annotation.id, version: annotation.version, ...input })} />
          )}
        />
        <ShortcutHelp />
      </aside>
    </div>
  );
}
