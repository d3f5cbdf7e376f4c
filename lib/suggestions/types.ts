// What the recommenders propose, before it is stored as SUGGESTED annotations. Pure types.
import type { NormalisedDate } from "@/lib/annotations/dates/calendar";

/** The recommenders, as named in `Annotation.recommender` and on the admin page. */
export const recommenders = ["register", "gazetteer", "rules", "dates", "theme-lexicon", "theme-model"] as const;
export type Recommender = (typeof recommenders)[number];

/** A name of the register or of a gazetteer: what an alias stands for. */
export type AliasTarget = {
  /** The register entity, or null for a gazetteer name not yet in the register. */
  entityId: string | null;
  name: string;
  type: string;
};

export type EntitySuggestion = AliasTarget & {
  start: number;
  end: number;
  text: string;
  recommender: Recommender;
  confidence: number;
};

export type DateSuggestion = { start: number; end: number; text: string; value: NormalisedDate; confidence: number };

export type ThemeSuggestion = { slug: string; score: number; recommender: Recommender; evidence: { start: number; end: number }[] };

export type Suggestions = { entities: EntitySuggestion[]; dates: DateSuggestion[]; themes: ThemeSuggestion[] };

/** Surface forms people rejected: per type (`type:form`) and per entity (`entityId:form`), folded. */
export type Rejections = ReadonlySet<string>;

export const rejectionKey = (scope: string, form: string) => `${scope}:${form}`;
