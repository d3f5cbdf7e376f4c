// What the readers' list searches and filters on, taken from a snapshot when it is published: folded
// text, theme slugs, entity ids and the period its timeline covers. Pure.
import { normalizeName } from "@/lib/entities/normalize-name";
import type { DossierSnapshot } from "@/lib/dossiers/snapshot-types";

export function versionColumns(snapshot: DossierSnapshot) {
  const blocks = snapshot.sections.flatMap((section) => section.blocks);
  const words = [
    snapshot.title,
    snapshot.summary,
    ...snapshot.sections.map((section) => section.title),
    ...blocks.map((block) => (block.kind === "COMMENTARY" ? block.markdown : block.kind === "EXCERPT" ? block.quote : block.kind === "EVENT" ? block.text : block.kind === "ENTITY" ? [block.entity.name, ...block.entity.aliases].join(" ") : "")),
    ...snapshot.citations.map((citation) => citation.article.title),
    ...snapshot.panels.entities.map((entity) => entity.name),
  ];
  const dates = snapshot.panels.timeline.flatMap((entry) => [entry.date.start, entry.date.end]).sort();
  const day = (value: string | undefined) => (value ? new Date(`${value}T00:00:00Z`) : null);
  return {
    summary: snapshot.summary,
    searchText: normalizeName(words.join(" ")),
    themeIds: snapshot.panels.themes.map((theme) => theme.slug),
    entityIds: snapshot.panels.entities.map((entity) => entity.id),
    periodStart: day(dates[0]),
    periodEnd: day(dates.at(-1)),
  };
}
