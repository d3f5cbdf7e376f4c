// A composed dossier as HTML: blocks with their citation marks, the panels (timeline, entities,
// network, themes) and the sources with the cited words marked. One renderer for the readers' page
// (rendered once per published version and kept), the editor's preview and the print view; its
// classes (`dossier-*`) are styled in app/globals.css. Every text is escaped; the commentary's HTML
// comes sanitised from render-markdown. Pure, safe in the browser.
import { isSafeLink } from "@/lib/dossiers/render-markdown";
import type { Block, Citation, DossierPanels, DossierSnapshot } from "@/lib/dossiers/snapshot-types";
import { formatCalendarDate } from "@/lib/i18n/format-date";
import { interpolate, type Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/validations/locale";

export type HtmlContext = { t: Messages; locale: Locale; linkToArticles: boolean };

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => entities[character] as string);

export function formatPeriod(date: { start: string; end: string; precision: "DAY" | "MONTH" | "YEAR" }, locale: Locale): string {
  const start = formatCalendarDate(date.start, date.precision, locale);
  const end = formatCalendarDate(date.end, date.precision, locale);
  return start === end ? start : `${start} – ${end}`;
}

const cite = (n: number, { t }: HtmlContext) => `<sup><a class="dossier-cite" href="#source-${n}" id="cite-${n}" aria-label="${escapeHtml(interpolate(t.dossiers.citation, { n }))}" data-testid="citation-ref">[${n}]</a></sup>`;

function articleLine(citation: Citation | undefined, { locale }: HtmlContext): string {
  if (!citation) return "";
  const { title, source, publishedOn, precision } = citation.article;
  return `<b>${escapeHtml(title)}</b>${source ? ` — ${escapeHtml(source)}` : ""}${publishedOn && precision ? `, ${escapeHtml(formatCalendarDate(publishedOn, precision, locale))}` : ""}`;
}

export function blockHtml(block: Block, citations: Map<number, Citation>, context: HtmlContext): string {
  const { t, locale } = context;
  switch (block.kind) {
    case "ARTICLE":
      return `<div class="dossier-article"><span class="dossier-muted">${escapeHtml(t.dossiers.article)} · </span>${articleLine(citations.get(block.citation), context)}${cite(block.citation, context)}</div>`;
    case "EXCERPT":
      return `<blockquote class="dossier-excerpt">« ${escapeHtml(block.quote)} »${cite(block.citation, context)}</blockquote>`;
    case "ENTITY": {
      const { entity } = block;
      return `<div class="dossier-entity"><p><b>${escapeHtml(entity.name)}</b> <span class="dossier-muted">· ${escapeHtml(entity.typeLabel[locale])} · ${escapeHtml(interpolate(t.dossiers.mentions, { count: block.mentions }))}</span>${block.citations.map((n) => cite(n, context)).join("")}</p>${
        entity.description ? `<p>${escapeHtml(entity.description)}</p>` : ""
      }${entity.aliases.length ? `<p class="dossier-muted">${escapeHtml(interpolate(t.dossiers.aliases, { names: entity.aliases.slice(0, 8).join(", ") }))}</p>` : ""}</div>`;
    }
    case "EVENT":
      return `<p class="dossier-event"><time datetime="${block.date.start}">${escapeHtml(formatPeriod(block.date, locale))}</time> ${escapeHtml(block.text)}${cite(block.citation, context)}</p>`;
    case "COMMENTARY":
      // Sanitised when rendered from Markdown (lib/dossiers/render-markdown): raw HTML escaped, unsafe links dropped.
      return `<div class="dossier-commentary">${block.html}</div>`;
  }
}

export function sourcesHtml(citations: Citation[], context: HtmlContext): string {
  const items = citations.map((citation) => {
    const { passage, article } = citation;
    const span = citation.start !== null && citation.end !== null ? `?revision=${citation.revisionId}&amp;start=${citation.start}&amp;end=${citation.end}#cited-passage` : "";
    return `<li id="source-${citation.n}" data-testid="source"><p><a class="dossier-cite" href="#cite-${citation.n}">${citation.n}.</a> ${articleLine(citation, context)}${
      article.url && isSafeLink(article.url) ? ` <a class="dossier-link" href="${escapeHtml(article.url)}" rel="noopener noreferrer nofollow">↗</a>` : ""
    }</p><p class="dossier-passage"${article.language ? ` lang="${escapeHtml(article.language)}"` : ""}>${escapeHtml(passage.before)}${passage.quote ? `<mark>${escapeHtml(passage.quote)}</mark>` : ""}${escapeHtml(passage.after)}</p>${
      context.linkToArticles ? `<a class="dossier-link dossier-screen" href="/articles/${article.id}${span}">${escapeHtml(context.t.dossiers.openInArticle)}</a>` : ""
    }</li>`;
  });
  return `<ol class="dossier-sources">${items.join("")}</ol>`;
}

export function panelsHtml(panels: DossierPanels, context: HtmlContext): string {
  const { t, locale } = context;
  const panel = (title: string, testId: string, body: string) => `<section class="dossier-panel" data-testid="${testId}"><h2>${escapeHtml(title)}</h2>${body}</section>`;
  const empty = (text: string) => `<p class="dossier-muted">${escapeHtml(text)}</p>`;
  const bars = (rows: { label: string; count: number }[], max: number, colour: string) =>
    `<ul class="dossier-bars">${rows.map((row) => `<li><span>${escapeHtml(row.label)}</span><i style="width:${((row.count / max) * 6).toFixed(2)}rem;background:${colour}"></i>${row.count}</li>`).join("")}</ul>`;
  const parts: string[] = [];
  if (panels.shown.timeline) {
    const entries = panels.timeline.map((entry) => `<li><time datetime="${entry.date.start}">${escapeHtml(formatPeriod(entry.date, locale))}</time> ${escapeHtml(entry.text)}${cite(entry.citation, context)}</li>`);
    parts.push(panel(t.dossiers.panels.timeline, "panel-timeline", entries.length ? `<ol class="dossier-timeline">${entries.join("")}</ol>` : empty(t.dossiers.noTimeline)));
  }
  if (panels.shown.entities) {
    const max = Math.max(1, ...panels.entities.map((entity) => entity.count));
    parts.push(panel(t.dossiers.panels.entities, "panel-entities", panels.entities.length ? bars(panels.entities.slice(0, 25).map((entity) => ({ label: entity.name, count: entity.count })), max, "#a5b4fc") : empty(t.dossiers.noEntities)));
  }
  if (panels.shown.network) parts.push(panel(t.dossiers.panels.network, "panel-network", panels.network.edges.length ? networkSvg(panels.network) : empty(t.dossiers.noNetwork)));
  if (panels.shown.themes) {
    const max = Math.max(1, ...panels.themes.map((theme) => theme.count));
    parts.push(panel(t.dossiers.panels.themes, "panel-themes", panels.themes.length ? bars(panels.themes.map((theme) => ({ label: theme.label[locale], count: theme.count })), max, "#34d399") : empty(t.dossiers.noThemes)));
  }
  return parts.join("");
}

// Entities on a circle, most mentioned first; a line per pair cited together, thicker when more often.
function networkSvg(network: DossierPanels["network"]): string {
  const size = 320;
  const radius = 110;
  const nodes = network.nodes.filter((node) => network.edges.some((edge) => edge.a === node.id || edge.b === node.id));
  const angle = (index: number) => (2 * Math.PI * index) / nodes.length - Math.PI / 2;
  const position = new Map(nodes.map((node, index) => [node.id, { x: size / 2 + radius * Math.cos(angle(index)), y: size / 2 + radius * Math.sin(angle(index)) }]));
  const maxWeight = Math.max(1, ...network.edges.map((edge) => edge.weight));
  const round = (value: number) => value.toFixed(1);
  const lines = network.edges.map((edge) => {
    const a = position.get(edge.a);
    const b = position.get(edge.b);
    return a && b ? `<line x1="${round(a.x)}" y1="${round(a.y)}" x2="${round(b.x)}" y2="${round(b.y)}" stroke="#818cf8" stroke-opacity="0.6" stroke-width="${round(1 + (3 * edge.weight) / maxWeight)}"/>` : "";
  });
  const labels = nodes.map((node) => {
    const at = position.get(node.id) as { x: number; y: number };
    const anchor = at.x < size / 2 - 5 ? "end" : at.x > size / 2 + 5 ? "start" : "middle";
    const dx = anchor === "end" ? -10 : anchor === "start" ? 10 : 0;
    const dy = anchor === "middle" ? (at.y < size / 2 ? -12 : 18) : 4;
    const name = node.name.length > 22 ? `${node.name.slice(0, 21)}…` : node.name;
    return `<circle cx="${round(at.x)}" cy="${round(at.y)}" r="${4 + Math.min(6, node.count)}" fill="#4f46e5"/><text x="${round(at.x + dx)}" y="${round(at.y + dy)}" text-anchor="${anchor}" font-size="10" fill="#1e293b">${escapeHtml(name)}</text>`;
  });
  return `<svg viewBox="0 0 ${size} ${size}" class="dossier-network" role="img" aria-label="${escapeHtml(nodes.map((node) => node.name).join(", "))}">${lines.join("")}${labels.join("")}</svg>`;
}

/** The body of a published version: sections beside the panels, then the sources. */
export function dossierBodyHtml(snapshot: DossierSnapshot, context: HtmlContext): string {
  const citations = new Map(snapshot.citations.map((citation) => [citation.n, citation]));
  const sections = snapshot.sections.map((section) => `<section class="dossier-section"><h2>${escapeHtml(section.title)}</h2>${section.blocks.map((block) => blockHtml(block, citations, context)).join("")}</section>`);
  return `<div class="dossier-columns"><div class="dossier-main">${sections.join("")}</div><aside class="dossier-aside">${panelsHtml(snapshot.panels, context)}</aside></div><section class="dossier-sources-section"><h2>${escapeHtml(context.t.dossiers.sources)}</h2>${sourcesHtml(snapshot.citations, context)}</section>`;
}
