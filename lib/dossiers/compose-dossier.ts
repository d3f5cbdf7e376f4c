// Turns a dossier's working copy and the material it draws on into the composed dossier: numbered
// citations, blocks, panels, the records it cites, and the problems that forbid publishing it. Pure:
// the editor's preview and the published snapshot are the same computation.
import { reanchorSpans } from "@/lib/annotations/anchoring/reanchor";
import { buildPanels, type PanelMention, type PanelTheme } from "@/lib/dossiers/dossier-panels";
import { leadOf, passageAround, sentenceAround } from "@/lib/dossiers/passage";
import { renderMarkdown } from "@/lib/dossiers/render-markdown";
import type { Block, CalendarDate, Citation, CitedArticle, CitedRecord, DossierSnapshot, EntityCard, Problem, Section } from "@/lib/dossiers/snapshot-types";
import type { Panels } from "@/lib/validations/dossier";

export type MaterialItem = {
  id: string;
  kind: "ARTICLE" | "EXCERPT" | "ENTITY" | "EVENT" | "COMMENTARY";
  articleId: string | null;
  revisionId: string | null;
  start: number | null;
  end: number | null;
  quote: string | null;
  prefix: string | null;
  suffix: string | null;
  annotationId: string | null;
  entityId: string | null;
  body: string | null;
};

export type MaterialArticle = CitedArticle & { deleted: boolean; revisionId: string | null; text: string };

export type MaterialAnnotation = {
  id: string;
  articleId: string;
  revisionId: string;
  kind: "ENTITY" | "DATE" | "THEME";
  scope: "SPAN" | "DOCUMENT";
  start: number | null;
  end: number | null;
  status: "SUGGESTED" | "ACCEPTED" | "REJECTED";
  deleted: boolean;
  version: number;
  entityId: string | null;
  themeId: string | null;
  date: CalendarDate | null;
};

export type Material = {
  title: string;
  summary: string;
  panels: Panels;
  sections: { id: string; title: string; items: MaterialItem[] }[];
  articles: Map<string, MaterialArticle>;
  // Texts of older revisions that excerpts were taken from, to follow them onto the current text.
  revisionTexts: Map<string, string>;
  // The annotations EVENT items cite, and the accepted annotations of every article in the material.
  annotations: Map<string, MaterialAnnotation>;
  // Entities by id; a merged entity resolves to the one it was merged into.
  entities: Map<string, EntityCard & { deleted: boolean; mergedIntoId: string | null }>;
  themes: Map<string, { slug: string; label: { fr: string; en: string } }>;
};

export type ComposedDossier = { snapshot: DossierSnapshot; citedRecords: CitedRecord[]; problems: Problem[] };

const ENTITY_CARD_CITATIONS = 5;

export function composeDossier(material: Material): ComposedDossier {
  const citations: Citation[] = [];
  const citationByKey = new Map<string, number>();
  const cited = new Map<string, CitedRecord>();
  const problems: Problem[] = [];
  // What the panels count: whole articles, or the located ranges of excerpts.
  const units: { articleId: string; range: [number, number] | null }[] = [];
  const events: { date: CalendarDate; text: string; citation: number }[] = [];

  const cite = (key: string, make: (n: number) => Citation): number => {
    const existing = citationByKey.get(key);
    if (existing) return existing;
    const citation = make(citations.length + 1);
    citations.push(citation);
    citationByKey.set(key, citation.n);
    const article = citation.article;
    cited.set(`article:${article.id}`, { kind: "article", id: article.id, revisionId: citation.revisionId });
    return citation.n;
  };
  const citedArticle = ({ id, title, source, url, publishedOn, precision, language }: MaterialArticle): CitedArticle => ({ id, title, source, url, publishedOn, precision, language });
  const liveArticle = (item: MaterialItem, articleId: string | null): MaterialArticle | null => {
    const article = articleId ? material.articles.get(articleId) : undefined;
    if (!article || article.deleted || !article.revisionId) {
      problems.push({ itemId: item.id, message: "The source article was deleted: remove this item or restore the article." });
      return null;
    }
    return article;
  };
  const resolveEntity = (id: string | null) => {
    let entity = id ? material.entities.get(id) : undefined;
    for (let hops = 0; entity?.mergedIntoId && hops < 10; hops += 1) entity = material.entities.get(entity.mergedIntoId);
    return entity && !entity.deleted ? entity : undefined;
  };

  const blockOf = (item: MaterialItem): Block | null => {
    switch (item.kind) {
      case "ARTICLE": {
        const article = liveArticle(item, item.articleId);
        if (!article?.revisionId) return null;
        const revisionId = article.revisionId;
        units.push({ articleId: article.id, range: null });
        const citation = cite(`article:${article.id}`, (n) => ({ n, kind: "ARTICLE", article: citedArticle(article), revisionId, start: null, end: null, annotationId: null, passage: leadOf(article.text) }));
        return { id: item.id, kind: "ARTICLE", citation };
      }
      case "EXCERPT": {
        const article = liveArticle(item, item.articleId);
        if (!article?.revisionId) return null;
        const located = locateExcerpt(item, article, material.revisionTexts);
        if (!located) {
          problems.push({ itemId: item.id, message: `The quoted words “${shorten(item.quote ?? "")}” are no longer in the article: re-select the excerpt.` });
          return null;
        }
        const revisionId = article.revisionId;
        units.push({ articleId: article.id, range: [located.start, located.end] });
        const quote = article.text.slice(located.start, located.end);
        const citation = cite(`span:${article.id}:${located.start}:${located.end}`, (n) => ({
          n,
          kind: "EXCERPT",
          article: citedArticle(article),
          revisionId,
          start: located.start,
          end: located.end,
          annotationId: null,
          passage: passageAround(article.text, located.start, located.end),
        }));
        return { id: item.id, kind: "EXCERPT", citation, quote };
      }
      case "ENTITY": {
        const entity = resolveEntity(item.entityId);
        if (!entity) {
          problems.push({ itemId: item.id, message: "This entity was deleted from the register: remove the card." });
          return null;
        }
        return { id: item.id, kind: "ENTITY", entity: { id: entity.id, name: entity.name, typeKey: entity.typeKey, typeLabel: entity.typeLabel, description: entity.description, aliases: entity.aliases }, mentions: 0, citations: [] };
      }
      case "EVENT": {
        const annotation = item.annotationId ? material.annotations.get(item.annotationId) : undefined;
        const article = annotation && liveArticle(item, annotation.articleId);
        if (!annotation || !article) {
          if (!annotation) problems.push({ itemId: item.id, message: "The dated annotation this event cites was deleted." });
          return null;
        }
        const problem = annotationProblem(annotation, article);
        if (problem) problems.push({ itemId: item.id, message: problem });
        // A suggested date still shows in the draft (publishing waits for its review); a lost one cannot.
        if ((problem && annotation.status !== "SUGGESTED") || !annotation.date || annotation.start === null || annotation.end === null) return null;
        const { start, end } = annotation;
        const revisionId = annotation.revisionId;
        cited.set(`annotation:${annotation.id}`, { kind: "annotation", id: annotation.id, version: annotation.version });
        const citation = cite(`annotation:${annotation.id}`, (n) => ({ n, kind: "ANNOTATION", article: citedArticle(article), revisionId, start, end, annotationId: annotation.id, passage: passageAround(article.text, start, end) }));
        const text = sentenceAround(article.text, start, end);
        events.push({ date: annotation.date, text, citation });
        return { id: item.id, kind: "EVENT", date: annotation.date, text, citation };
      }
      case "COMMENTARY": {
        const markdown = item.body ?? "";
        return { id: item.id, kind: "COMMENTARY", markdown, html: renderMarkdown(markdown) };
      }
    }
  };

  const sections: Section[] = material.sections.map((section) => ({
    id: section.id,
    title: section.title,
    blocks: section.items.map(blockOf).filter((block): block is Block => block !== null),
  }));

  const mentions = mentionsIn(units, material, resolveEntity);
  citeEntityCards(sections, mentions, material, (mention) => {
    const article = material.articles.get(mention.articleId) as MaterialArticle;
    const { annotation } = mention;
    cited.set(`annotation:${annotation.id}`, { kind: "annotation", id: annotation.id, version: annotation.version });
    const start = annotation.start ?? 0;
    const end = annotation.end ?? 0;
    return cite(`annotation:${annotation.id}`, (n) => ({ n, kind: "ANNOTATION", article: citedArticle(article), revisionId: annotation.revisionId, start, end, annotationId: annotation.id, passage: passageAround(article.text, start, end) }));
  });

  const cardEntities = sections.flatMap((section) => section.blocks).flatMap((block) => (block.kind === "ENTITY" ? [block.entity] : []));
  const panels = buildPanels(material.panels, events, mentions, themesIn(units, material), cardEntities);
  renumberInReadingOrder(sections, citations, panels.timeline);
  return { snapshot: { title: material.title, summary: material.summary, sections, citations, panels }, citedRecords: [...cited.values()], problems };
}

// Entity cards are cited once all mentions are known, after later blocks: number every citation by
// where it first appears instead, as a reader meets them.
function renumberInReadingOrder(sections: Section[], citations: Citation[], timeline: { citation: number }[]) {
  const order = new Map<number, number>();
  const see = (n: number) => order.get(n) ?? (order.set(n, order.size + 1), order.size);
  for (const block of sections.flatMap((section) => section.blocks)) {
    if (block.kind === "ENTITY") block.citations = block.citations.map(see);
    else if (block.kind !== "COMMENTARY") block.citation = see(block.citation);
  }
  for (const citation of citations) citation.n = see(citation.n);
  citations.sort((a, b) => a.n - b.n);
  for (const entry of timeline) entry.citation = see(entry.citation);
}

// An excerpt is kept with its anchor: on its own revision it is where it was; on a corrected text it
// follows its words, or is reported as gone.
function locateExcerpt(item: MaterialItem, article: MaterialArticle, revisionTexts: Map<string, string>): { start: number; end: number } | null {
  const { start, end, quote } = item;
  if (start === null || end === null || quote === null) return null;
  if (item.revisionId === article.revisionId) return article.text.slice(start, end) === quote ? { start, end } : null;
  const oldText = item.revisionId ? revisionTexts.get(item.revisionId) : undefined;
  if (oldText === undefined) return null;
  const span = { id: item.id, start, end, quote, prefix: item.prefix ?? "", suffix: item.suffix ?? "" };
  const result = reanchorSpans(oldText, article.text, [span]).get(item.id);
  return result && result.state !== "ORPHANED" ? { start: result.start, end: result.end } : null;
}

function annotationProblem(annotation: MaterialAnnotation, article: MaterialArticle): string | null {
  if (annotation.deleted) return "The dated annotation this event cites was deleted.";
  if (annotation.status === "REJECTED") return "The dated annotation this event cites was rejected.";
  if (annotation.status === "SUGGESTED") return "The dated annotation this event cites is still a suggestion: accept it in the article first.";
  if (annotation.revisionId !== article.revisionId) return "The dated annotation this event cites lost its place in the corrected text: re-anchor it first.";
  return null;
}

function mentionsIn(units: { articleId: string; range: [number, number] | null }[], material: Material, resolveEntity: (id: string | null) => EntityCard | undefined): PanelMention[] {
  const byArticle = groupAccepted(material, "ENTITY");
  const seen = new Set<string>();
  const mentions: PanelMention[] = [];
  units.forEach((unit, unitIndex) => {
    for (const annotation of byArticle.get(unit.articleId) ?? []) {
      if (annotation.start === null || annotation.end === null) continue;
      if (unit.range && (annotation.start < unit.range[0] || annotation.end > unit.range[1])) continue;
      const entity = resolveEntity(annotation.entityId);
      if (!entity || seen.has(`${unitIndex}:${annotation.id}`)) continue;
      seen.add(`${unitIndex}:${annotation.id}`);
      mentions.push({ unit: unitIndex, entity: { id: entity.id, name: entity.name, typeKey: entity.typeKey }, articleId: unit.articleId, annotation });
    }
  });
  return mentions;
}

function themesIn(units: { articleId: string; range: [number, number] | null }[], material: Material): PanelTheme[] {
  const byArticle = groupAccepted(material, "THEME");
  const found = new Map<string, PanelTheme>();
  for (const unit of units) {
    for (const annotation of byArticle.get(unit.articleId) ?? []) {
      const theme = annotation.themeId ? material.themes.get(annotation.themeId) : undefined;
      if (!theme) continue;
      const inRange = !unit.range || annotation.scope === "DOCUMENT" || (annotation.start !== null && annotation.end !== null && annotation.start >= unit.range[0] && annotation.end <= unit.range[1]);
      if (inRange) found.set(annotation.id, { ...theme, annotationId: annotation.id });
    }
  }
  return [...found.values()];
}

function groupAccepted(material: Material, kind: MaterialAnnotation["kind"]): Map<string, MaterialAnnotation[]> {
  const groups = new Map<string, MaterialAnnotation[]>();
  for (const annotation of material.annotations.values()) {
    const article = material.articles.get(annotation.articleId);
    if (annotation.kind !== kind || annotation.status !== "ACCEPTED" || annotation.deleted || annotation.revisionId !== article?.revisionId) continue;
    groups.set(annotation.articleId, [...(groups.get(annotation.articleId) ?? []), annotation]);
  }
  for (const list of groups.values()) list.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  return groups;
}

// An entity card cites its first mentions in the dossier's material and counts them all.
function citeEntityCards(sections: Section[], mentions: PanelMention[], material: Material, cite: (mention: PanelMention) => number) {
  for (const block of sections.flatMap((section) => section.blocks)) {
    if (block.kind !== "ENTITY") continue;
    const own = mentions.filter((mention) => mention.entity.id === block.entity.id);
    const distinct = [...new Map(own.map((mention) => [mention.annotation.id, mention])).values()];
    block.mentions = distinct.length;
    block.citations = distinct.slice(0, ENTITY_CARD_CITATIONS).filter((mention) => material.articles.has(mention.articleId)).map(cite);
  }
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
