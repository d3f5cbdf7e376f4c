// The client's side of lib/suggestions/supersede-suggestions.ts: the pending suggestions a new mark
// replaces leave the workspace's list at once, as they leave the database. Pure; safe in the browser.
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { CreateAnnotationInput } from "@/lib/validations/annotation";

export function withoutSuperseded(views: AnnotationView[], input: CreateAnnotationInput): AnnotationView[] {
  const pending = (view: AnnotationView) => view.origin === "SUGGESTION" && view.status === "SUGGESTED" && view.kind === input.kind;
  const documentTheme = input.kind === "THEME" && input.scope === "DOCUMENT";
  const replaced = new Set(
    views
      .filter((view) => pending(view) && (documentTheme ? view.scope === "DOCUMENT" && view.theme?.id === input.themeId : view.scope === "SPAN" && !view.supportsId && view.start === input.start && view.end === input.end))
      .map((view) => view.id),
  );
  return replaced.size ? views.filter((view) => !replaced.has(view.id) && !(view.supportsId && replaced.has(view.supportsId))) : views;
}
