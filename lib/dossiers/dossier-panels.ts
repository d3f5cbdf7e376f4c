// The panels built from a dossier's material: timeline of its dated events, the entities involved with
// their mention counts, who appears with whom, and the themes it covers. Pure.
import type { DossierPanels, EntityCount, NetworkEdge, TimelineEntry } from "@/lib/dossiers/snapshot-types";
import type { Panels } from "@/lib/validations/dossier";

/** One accepted mention of an entity inside one unit of material (a whole article or an excerpt). */
export type PanelMention = { unit: number; entity: { id: string; name: string; typeKey: string }; articleId: string; annotation: { id: string; revisionId: string; start: number | null; end: number | null; version: number } };
export type PanelTheme = { slug: string; label: { fr: string; en: string }; annotationId: string };

// More nodes than this make the network unreadable: the most mentioned entities are kept.
const NETWORK_NODES = 30;

export function buildPanels(shown: Panels, events: TimelineEntry[], mentions: PanelMention[], themes: PanelTheme[], cardEntities: { id: string; name: string; typeKey: string }[]): DossierPanels {
  const timeline = [...events].sort((a, b) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) || a.citation - b.citation);
  const entities = countEntities(mentions, cardEntities);
  return { shown, timeline, entities, network: network(mentions, entities), themes: countThemes(themes) };
}

function countEntities(mentions: PanelMention[], cardEntities: { id: string; name: string; typeKey: string }[]): EntityCount[] {
  const counts = new Map<string, EntityCount & { annotations: Set<string> }>();
  const entry = (entity: { id: string; name: string; typeKey: string }) => {
    const existing = counts.get(entity.id);
    if (existing) return existing;
    const created = { ...entity, count: 0, annotations: new Set<string>() };
    counts.set(entity.id, created);
    return created;
  };
  for (const entity of cardEntities) entry(entity);
  for (const mention of mentions) entry(mention.entity).annotations.add(mention.annotation.id);
  return [...counts.values()]
    .map(({ annotations, ...entity }) => ({ ...entity, count: annotations.size }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

// Two entities are linked once per unit of material that mentions both.
function network(mentions: PanelMention[], entities: EntityCount[]): { nodes: EntityCount[]; edges: NetworkEdge[] } {
  const nodes = entities.filter((entity) => entity.count > 0).slice(0, NETWORK_NODES);
  const kept = new Set(nodes.map((node) => node.id));
  const byUnit = new Map<number, Set<string>>();
  for (const mention of mentions) {
    if (!kept.has(mention.entity.id)) continue;
    byUnit.set(mention.unit, (byUnit.get(mention.unit) ?? new Set()).add(mention.entity.id));
  }
  const weights = new Map<string, number>();
  for (const ids of byUnit.values()) {
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length; i += 1) {
      for (let j = i + 1; j < sorted.length; j += 1) {
        const key = `${sorted[i]}|${sorted[j]}`;
        weights.set(key, (weights.get(key) ?? 0) + 1);
      }
    }
  }
  const edges = [...weights].map(([key, weight]) => {
    const [a = "", b = ""] = key.split("|");
    return { a, b, weight };
  });
  return { nodes, edges: edges.sort((x, y) => y.weight - x.weight || x.a.localeCompare(y.a) || x.b.localeCompare(y.b)) };
}

function countThemes(themes: PanelTheme[]) {
  const counts = new Map<string, { slug: string; label: { fr: string; en: string }; count: number }>();
  for (const theme of themes) {
    const entry = counts.get(theme.slug) ?? { slug: theme.slug, label: theme.label, count: 0 };
    entry.count += 1;
    counts.set(theme.slug, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
}
