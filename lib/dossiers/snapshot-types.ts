// The composed dossier: what the editor previews and what a publication freezes as an immutable
// snapshot. Plain JSON (dates as yyyy-mm-dd strings) so it is stored, served and exported as is.
// Safe on the client and the server.
import type { Panels } from "@/lib/validations/dossier";

export type Precision = "DAY" | "MONTH" | "YEAR";
export type CalendarDate = { start: string; end: string; precision: Precision };

/** The source article of a citation, as it was when cited. */
export type CitedArticle = { id: string; title: string; source: string | null; url: string | null; publishedOn: string | null; precision: Precision | null; language: string | null };

/** A passage of the source around the cited words, so a reader sees them in context. */
export type Passage = { before: string; quote: string; after: string };

export type Citation = {
  n: number;
  kind: "ARTICLE" | "EXCERPT" | "ANNOTATION";
  article: CitedArticle;
  revisionId: string;
  // Offsets (UTF-16) into that revision's text; absent when the whole article is cited.
  start: number | null;
  end: number | null;
  annotationId: string | null;
  passage: Passage;
};

export type EntityCard = { id: string; name: string; typeKey: string; typeLabel: { fr: string; en: string }; description: string | null; aliases: string[] };

export type Block =
  | { id: string; kind: "ARTICLE"; citation: number }
  | { id: string; kind: "EXCERPT"; citation: number; quote: string }
  | { id: string; kind: "ENTITY"; entity: EntityCard; mentions: number; citations: number[] }
  | { id: string; kind: "EVENT"; date: CalendarDate; text: string; citation: number }
  | { id: string; kind: "COMMENTARY"; markdown: string; html: string };

export type Section = { id: string; title: string; blocks: Block[] };

export type TimelineEntry = { date: CalendarDate; text: string; citation: number };
export type EntityCount = { id: string; name: string; typeKey: string; count: number };
export type NetworkEdge = { a: string; b: string; weight: number };
export type ThemeCount = { slug: string; label: { fr: string; en: string }; count: number };

export type DossierPanels = {
  shown: Panels;
  timeline: TimelineEntry[];
  entities: EntityCount[];
  network: { nodes: EntityCount[]; edges: NetworkEdge[] };
  themes: ThemeCount[];
};

export type DossierSnapshot = {
  title: string;
  summary: string;
  sections: Section[];
  citations: Citation[];
  panels: DossierPanels;
};

/** What a version cites, with the state it had, so later changes show as stale citations. */
export type CitedRecord = { kind: "annotation"; id: string; version: number } | { kind: "article"; id: string; revisionId: string };

/** Why the draft cannot be published as it is: shown beside the item concerned. */
export type Problem = { itemId: string; message: string };
