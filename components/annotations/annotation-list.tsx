"use client";
// The side panel's list of annotations by kind, each with its review state, who made and who reviewed
// it, and its actions; orphans (spans a correction displaced) come first, for a person to re-attach.
import { memo, type ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { colorOf } from "@/components/annotations/annotated-text";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import { interpolate } from "@/lib/i18n/messages";

type Props = {
  annotations: AnnotationView[];
  orphans: AnnotationView[];
  selectedId: string | null;
  onSelect: (annotation: AnnotationView) => void;
  actions: (annotation: AnnotationView) => ReactNode;
};

const kinds = ["ENTITY", "DATE", "THEME"] as const;

export function describeAnnotation(annotation: AnnotationView, locale: string): string {
  if (annotation.entity) return annotation.entity.name;
  if (annotation.theme) return locale === "fr" ? annotation.theme.labelFr : annotation.theme.labelEn;
  if (annotation.date) return annotation.date.start === annotation.date.end ? annotation.date.start : `${annotation.date.start} → ${annotation.date.end}`;
  return "";
}

export function AnnotationList({ annotations, orphans, selectedId, onSelect, actions }: Props) {
  const { t } = useI18n();
  const item = (annotation: AnnotationView) => {
    const selected = annotation.id === selectedId;
    return <AnnotationItem key={annotation.id} annotation={annotation} selected={selected} onSelect={onSelect} actions={selected ? actions(annotation) : null} />;
  };
  return (
    <div className="space-y-4">
      {orphans.length > 0 && (
        <section className="rounded-md border border-red-200 bg-red-50 p-2" data-testid="orphans">
          <h3 className="text-sm font-semibold text-red-800">{interpolate(t.annotate.orphans, { count: orphans.length })}</h3>
          <p className="mb-1 text-xs text-red-700">{t.annotate.orphansHelp}</p>
          <ul className="space-y-1">{orphans.map(item)}</ul>
        </section>
      )}
      {kinds.map((kind) => {
        const ofKind = annotations.filter((annotation) => annotation.kind === kind);
        return (
          <section key={kind} aria-label={t.annotate.kinds[kind]}>
            <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
              {t.annotate.kinds[kind]} ({ofKind.length})
            </h3>
            {ofKind.length === 0 ? <p className="text-sm text-slate-400">{t.annotate.none}</p> : <ul className="mt-1 space-y-1">{ofKind.map(item)}</ul>}
          </section>
        );
      })}
    </div>
  );
}

// One row, memoised: with a thousand marks, a change re-renders only the rows it touches.
const AnnotationItem = memo(function AnnotationItem({ annotation, selected, onSelect, actions }: { annotation: AnnotationView; selected: boolean; onSelect: (annotation: AnnotationView) => void; actions: ReactNode }) {
  const { t, locale } = useI18n();
  return (
    <li
      data-testid="annotation-item"
      data-status={annotation.status}
      aria-current={selected}
      className={`rounded-md border px-2 py-1.5 text-sm ${selected ? "border-yellow-400 bg-yellow-50" : "border-transparent hover:bg-slate-50"}`}
    >
      <button type="button" className="block w-full text-left" onClick={() => onSelect(annotation)}>
        <span className="mr-1 inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: colorOf(annotation) }} aria-hidden />
        <span className={`font-medium ${annotation.status === "REJECTED" ? "text-slate-400 line-through" : ""}`}>{describeAnnotation(annotation, locale)}</span>
        {annotation.scope === "DOCUMENT" ? (
          <span className="ml-1 text-xs text-amber-800">{t.annotate.wholeArticleBadge}</span>
        ) : (
          <span className="block truncate font-serif text-slate-600">« {annotation.quote} »</span>
        )}
        <span className="block text-xs text-slate-500">
          {t.annotate.statuses[annotation.status]}
          {annotation.author && ` · ${interpolate(t.annotate.by, { name: annotation.author.name })}`}
          {annotation.origin === "SUGGESTION" && annotation.recommender && ` · ${interpolate(t.suggestions.origin, { recommender: (t.suggestions.recommenders as Record<string, string>)[annotation.recommender] ?? annotation.recommender })}`}
          {annotation.reviewer && ` · ${interpolate(t.annotate.reviewedBy, { name: annotation.reviewer.name })}`}
          {annotation.confidence !== null && ` · ${Math.round(annotation.confidence * 100)} %`}
          {annotation.supportsId && ` · ${t.annotate.evidence}`}
        </span>
        {annotation.note && <span className="block text-xs text-slate-700 italic">{annotation.note}</span>}
      </button>
      {actions && <div className="mt-1.5 flex flex-wrap gap-1.5">{actions}</div>}
    </li>
  );
});
