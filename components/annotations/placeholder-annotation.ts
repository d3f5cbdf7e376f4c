// What a new annotation looks like in the list and the text until the server answers: drawn at once,
// replaced by the server's record, or removed again if the server refuses it.
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { EntityTypeOption } from "@/lib/entities/entity-types";
import type { ThemeOption } from "@/lib/taxonomy/list-themes";
import type { CreateAnnotationInput } from "@/lib/validations/annotation";

type Context = { articleId: string; revisionId: string; author: { id: string; name: string }; entityTypes: EntityTypeOption[]; themes: ThemeOption[] };

let counter = 0;

export function placeholderAnnotation(input: CreateAnnotationInput, { articleId, revisionId, author, entityTypes, themes }: Context): AnnotationView {
  const span = input.kind === "THEME" && input.scope === "DOCUMENT" ? input.evidence?.[0] : input;
  const type = input.kind === "ENTITY" ? entityTypes.find((option) => option.key === input.newEntity?.typeKey) : undefined;
  const theme = input.kind === "THEME" ? themes.find((option) => option.id === input.themeId) : undefined;
  return {
    id: `pending-${++counter}`,
    articleId,
    revisionId,
    kind: input.kind,
    scope: "SPAN",
    start: span?.start ?? null,
    end: span?.end ?? null,
    quote: span?.quote ?? "",
    prefix: "",
    suffix: "",
    status: "SUGGESTED",
    origin: "MANUAL",
    recommender: null,
    confidence: null,
    anchorState: "ANCHORED",
    supportsId: null,
    note: input.note ?? null,
    reviewedAt: null,
    version: 1,
    createdAt: new Date().toISOString(),
    entity: input.kind === "ENTITY" ? { id: input.entityId ?? "", name: input.newEntity?.name ?? span?.quote ?? "", typeKey: type?.key ?? "", color: type?.color ?? "#4f46e5" } : null,
    theme: theme ? { id: theme.id, slug: theme.slug, labelFr: theme.labelFr, labelEn: theme.labelEn } : null,
    date: input.kind === "DATE" ? input.date : null,
    author,
    reviewer: null,
  };
}
