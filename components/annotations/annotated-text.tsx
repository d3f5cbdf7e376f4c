"use client";
// The article text with its annotations drawn as coloured underlines, one row (lane) per overlapping
// span so nested and overlapping marks stay legible. Accepted marks are tinted, rejected ones greyed,
// pending suggestions dashed, the selected one highlighted. Memoised: a 50,000-character text with 1,000 marks renders once.
import { memo, useMemo } from "react";
import { assignLanes, segmentText } from "@/components/annotations/text-segments";
import type { AnnotationView } from "@/lib/annotations/annotation-view";

type Props = { text: string; annotations: AnnotationView[]; selectedId: string | null; language: string | null };

export const kindColors = { DATE: "#0d9488", THEME: "#d97706" } as const;

export function isPendingSuggestion(annotation: AnnotationView): boolean {
  return annotation.origin === "SUGGESTION" && annotation.status === "SUGGESTED";
}

export function colorOf(annotation: AnnotationView): string {
  if (annotation.status === "REJECTED") return "#94a3b8";
  return annotation.kind === "ENTITY" ? (annotation.entity?.color ?? "#4f46e5") : kindColors[annotation.kind];
}

export const AnnotatedText = memo(function AnnotatedText({ text, annotations, selectedId, language }: Props) {
  const spans = useMemo(
    () => annotations.filter((view) => view.start !== null && view.end !== null).map((view) => ({ id: view.id, start: view.start as number, end: view.end as number })),
    [annotations],
  );
  const byId = useMemo(() => new Map(annotations.map((view) => [view.id, view])), [annotations]);
  const segments = useMemo(() => segmentText(text.length, spans), [text, spans]);
  const lanes = useMemo(() => assignLanes(spans), [spans]);

  return (
    <div lang={language ?? undefined} data-testid="annotated-text" className="font-serif text-lg leading-[2.1] whitespace-pre-wrap text-slate-800">
      {segments.map((segment) => {
        const marks = segment.ids.map((id) => byId.get(id)).filter((view): view is AnnotationView => Boolean(view));
        if (!marks.length) {
          return (
            <span key={segment.start} data-start={segment.start} data-end={segment.end}>
              {text.slice(segment.start, segment.end)}
            </span>
          );
        }
        const selected = marks.some((view) => view.id === selectedId);
        const accepted = marks.findLast((view) => view.status === "ACCEPTED");
        // The innermost pending suggestion is underlined with dashes, under the lanes of the other marks;
        // other pending suggestions (a theme's evidence sentences) keep a faint lane.
        const suggested = marks.findLast(isPendingSuggestion);
        const shadows = marks
          .filter((view) => view !== suggested)
          .map((view) => `0 ${2 + 4 * (lanes.get(view.id) ?? 0)}px 0 ${colorOf(view)}${isPendingSuggestion(view) ? "55" : ""}`);
        return (
          <span
            key={segment.start}
            data-start={segment.start}
            data-end={segment.end}
            data-annotations={segment.ids.join(" ")}
            data-suggested={suggested ? "" : undefined}
            className={`cursor-pointer ${selected ? "rounded-sm bg-yellow-200" : ""}`}
            style={{
              boxShadow: shadows.join(", ") || undefined,
              backgroundColor: !selected && accepted ? `${colorOf(accepted)}22` : undefined,
              ...(suggested && { textDecorationLine: "underline", textDecorationStyle: "dashed", textDecorationColor: colorOf(suggested), textDecorationThickness: "2px", textUnderlineOffset: `${4 + 4 * shadows.length}px` }),
            }}
          >
            {text.slice(segment.start, segment.end)}
          </span>
        );
      })}
    </div>
  );
});
