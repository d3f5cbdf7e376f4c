"use client";
// The actions on the annotation selected in the side panel: accept, reject or reopen it, edit its note,
// re-attach it to the current selection (for an orphan, or to move it), delete it.
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { Span, UpdateAnnotationInput } from "@/lib/validations/annotation";

type Props = {
  annotation: AnnotationView;
  canAnnotate: boolean;
  canReview: boolean;
  selection: Span | null;
  onDecide: (annotation: AnnotationView, status: "ACCEPTED" | "REJECTED" | "SUGGESTED") => void;
  onDelete: (annotation: AnnotationView) => void;
  onEdit: (annotation: AnnotationView) => void;
  onUpdate: (input: Omit<UpdateAnnotationInput, "version">) => void;
};

export function AnnotationActions({ annotation, canAnnotate, canReview, selection, onDecide, onDelete, onEdit, onUpdate }: Props) {
  const { t } = useI18n();
  const [note, setNote] = useState<string | null>(null);
  const pending = annotation.id.startsWith("pending-");
  if (pending) return <span className="text-xs text-slate-500">{t.annotate.saving}</span>;
  return (
    <>
      {canReview && annotation.status !== "ACCEPTED" && annotation.anchorState !== "ORPHANED" && (
        <Button variant="secondary" onClick={() => onDecide(annotation, "ACCEPTED")}>
          {t.annotate.accept}
        </Button>
      )}
      {canReview && annotation.status !== "REJECTED" && annotation.anchorState !== "ORPHANED" && (
        <Button variant="secondary" onClick={() => onDecide(annotation, "REJECTED")}>
          {t.annotate.reject}
        </Button>
      )}
      {canReview && annotation.status !== "SUGGESTED" && (
        <Button variant="secondary" onClick={() => onDecide(annotation, "SUGGESTED")}>
          {t.annotate.reopen}
        </Button>
      )}
      {canAnnotate && selection && annotation.scope === "SPAN" && (
        <Button variant="secondary" onClick={() => onUpdate({ span: selection })}>
          {t.annotate.reattach}
        </Button>
      )}
      {canAnnotate && annotation.scope === "SPAN" && !annotation.supportsId && annotation.anchorState !== "ORPHANED" && (
        <Button variant="secondary" onClick={() => onEdit(annotation)}>
          {t.annotate.edit}
        </Button>
      )}
      {canAnnotate && note === null && (
        <Button variant="secondary" onClick={() => setNote(annotation.note ?? "")}>
          {t.annotate.note}
        </Button>
      )}
      {canAnnotate && (
        <Button variant="danger" onClick={() => onDelete(annotation)}>
          {t.annotate.delete}
        </Button>
      )}
      {note !== null && (
        <form
          className="flex w-full gap-1.5"
          onSubmit={(event) => {
            event.preventDefault();
            onUpdate({ note });
            setNote(null);
          }}
        >
          <input aria-label={t.annotate.note} className="flex-1 rounded-md border border-slate-300 px-2 py-1 text-sm" value={note} onChange={(event) => setNote(event.target.value)} autoFocus />
          <Button type="submit">{t.annotate.save}</Button>
        </form>
      )}
    </>
  );
}
