// A snapshot as lines of text in reading order (title, summary, sections, blocks, cited sources):
// what the version diff compares and the Markdown export prints. Pure.
import type { Block, Citation, DossierSnapshot } from "@/lib/dossiers/snapshot-types";

const citationMark = (numbers: number[]) => numbers.map((n) => `[${n}]`).join("");

export function dateText({ start, end, precision }: { start: string; end: string; precision: string }): string {
  const at = (value: string) => (precision === "YEAR" ? value.slice(0, 4) : precision === "MONTH" ? value.slice(0, 7) : value);
  return at(start) === at(end) ? at(start) : `${at(start)} – ${at(end)}`;
}

export function blockLines(block: Block, citations: Map<number, Citation>): string[] {
  switch (block.kind) {
    case "ARTICLE": {
      const article = citations.get(block.citation)?.article;
      return [`- Article: ${article?.title ?? ""} ${citationMark([block.citation])}`];
    }
    case "EXCERPT":
      return [`> « ${block.quote} » ${citationMark([block.citation])}`];
    case "ENTITY":
      return [`- ${block.entity.name} (${block.entity.typeKey}; ${block.mentions}) ${citationMark(block.citations)}`.trimEnd(), ...(block.entity.description ? [`  ${block.entity.description}`] : [])];
    case "EVENT":
      return [`- ${dateText(block.date)}: ${block.text} ${citationMark([block.citation])}`];
    case "COMMENTARY":
      return block.markdown.split("\n");
  }
}

export function snapshotLines(snapshot: DossierSnapshot): string[] {
  const citations = new Map(snapshot.citations.map((citation) => [citation.n, citation]));
  return [
    `# ${snapshot.title}`,
    "",
    ...(snapshot.summary ? [snapshot.summary, ""] : []),
    ...snapshot.sections.flatMap((section) => [`## ${section.title}`, "", ...section.blocks.flatMap((block) => [...blockLines(block, citations), ""])]),
    ...(snapshot.panels.shown.timeline && snapshot.panels.timeline.length ? ["## Chronologie", "", ...snapshot.panels.timeline.map((entry) => `- ${dateText(entry.date)}: ${entry.text} ${citationMark([entry.citation])}`), ""] : []),
    ...(snapshot.panels.shown.entities && snapshot.panels.entities.length ? ["## Entités", "", ...snapshot.panels.entities.map((entity) => `- ${entity.name} (${entity.typeKey}) : ${entity.count}`), ""] : []),
    ...(snapshot.panels.shown.themes && snapshot.panels.themes.length ? ["## Thèmes", "", ...snapshot.panels.themes.map((theme) => `- ${theme.label.fr} : ${theme.count}`), ""] : []),
    "## Sources",
    "",
    ...snapshot.citations.map((citation) => `${citation.n}. ${citation.article.title}${citation.article.source ? ` (${citation.article.source})` : ""}${citation.article.publishedOn ? `, ${dateText({ start: citation.article.publishedOn, end: citation.article.publishedOn, precision: citation.article.precision ?? "DAY" })}` : ""}${citation.start !== null ? ` : « ${citation.passage.quote} »` : ""}`),
  ];
}
