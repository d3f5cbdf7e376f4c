// The panels a dossier shows: timeline (each date at its precision), entities with mention counts,
// the network of entities cited together, and the themes. No hooks: renders on the server.
import { CitationRef } from "@/components/dossiers/citation-ref";
import { formatPeriod } from "@/components/dossiers/dossier-block";
import type { DossierPanels } from "@/lib/dossiers/snapshot-types";
import { interpolate, type Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/validations/locale";

function Panel({ title, children, testId }: { title: string; children: React.ReactNode; testId: string }) {
  return (
    <section className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4" data-testid={testId}>
      <h2 className="mb-3 text-sm font-semibold tracking-wide text-slate-600 uppercase">{title}</h2>
      {children}
    </section>
  );
}

const Empty = ({ text }: { text: string }) => <p className="text-sm text-slate-500">{text}</p>;

export function DossierPanelsView({ panels, t, locale }: { panels: DossierPanels; t: Messages; locale: Locale }) {
  const { shown } = panels;
  const maxEntity = Math.max(1, ...panels.entities.map((entity) => entity.count));
  const maxTheme = Math.max(1, ...panels.themes.map((theme) => theme.count));
  return (
    <div className="space-y-4">
      {shown.timeline && (
        <Panel title={t.dossiers.panels.timeline} testId="panel-timeline">
          {panels.timeline.length === 0 ? (
            <Empty text={t.dossiers.noTimeline} />
          ) : (
            <ol className="relative space-y-3 border-l-2 border-indigo-200 pl-4 text-sm">
              {panels.timeline.map((entry, index) => (
                <li key={index}>
                  <time className="block font-semibold text-indigo-800" dateTime={entry.date.start}>
                    {formatPeriod(entry.date, locale)}
                  </time>
                  <span className="text-slate-700">{entry.text}</span>
                  <CitationRef n={entry.citation} label={interpolate(t.dossiers.citation, { n: entry.citation })} />
                </li>
              ))}
            </ol>
          )}
        </Panel>
      )}
      {shown.entities && (
        <Panel title={t.dossiers.panels.entities} testId="panel-entities">
          {panels.entities.length === 0 ? (
            <Empty text={t.dossiers.noEntities} />
          ) : (
            <ul className="space-y-1 text-sm">
              {panels.entities.slice(0, 25).map((entity) => (
                <li key={entity.id} className="flex items-center gap-2">
                  <span className="w-40 truncate" title={entity.name}>
                    {entity.name}
                  </span>
                  <span className="h-2 rounded bg-indigo-300" style={{ width: `${(entity.count / maxEntity) * 6}rem` }} />
                  <span className="text-slate-500">{entity.count}</span>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      )}
      {shown.network && (
        <Panel title={t.dossiers.panels.network} testId="panel-network">
          {panels.network.edges.length === 0 ? <Empty text={t.dossiers.noNetwork} /> : <NetworkGraph network={panels.network} />}
        </Panel>
      )}
      {shown.themes && (
        <Panel title={t.dossiers.panels.themes} testId="panel-themes">
          {panels.themes.length === 0 ? (
            <Empty text={t.dossiers.noThemes} />
          ) : (
            <ul className="space-y-1 text-sm">
              {panels.themes.map((theme) => (
                <li key={theme.slug} className="flex items-center gap-2">
                  <span className="w-40 truncate">{theme.label[locale]}</span>
                  <span className="h-2 rounded bg-emerald-400" style={{ width: `${(theme.count / maxTheme) * 6}rem` }} />
                  <span className="text-slate-500">{theme.count}</span>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      )}
    </div>
  );
}

// Entities on a circle, most mentioned first; a line per pair cited together, thicker when more often.
function NetworkGraph({ network }: { network: DossierPanels["network"] }) {
  const size = 320;
  const radius = 110;
  const nodes = network.nodes.filter((node) => network.edges.some((edge) => edge.a === node.id || edge.b === node.id));
  const position = new Map(nodes.map((node, index) => [node.id, { x: size / 2 + radius * Math.cos((2 * Math.PI * index) / nodes.length - Math.PI / 2), y: size / 2 + radius * Math.sin((2 * Math.PI * index) / nodes.length - Math.PI / 2) }]));
  const maxWeight = Math.max(1, ...network.edges.map((edge) => edge.weight));
  return (
    <svg viewBox={`0 0 ${size} ${size}`} className="w-full max-w-sm" role="img" aria-label={nodes.map((node) => node.name).join(", ")}>
      {network.edges.map((edge) => {
        const a = position.get(edge.a);
        const b = position.get(edge.b);
        return a && b ? <line key={`${edge.a}-${edge.b}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke="#818cf8" strokeOpacity={0.6} strokeWidth={1 + (3 * edge.weight) / maxWeight} /> : null;
      })}
      {nodes.map((node) => {
        const at = position.get(node.id);
        if (!at) return null;
        const anchor = at.x < size / 2 - 5 ? "end" : at.x > size / 2 + 5 ? "start" : "middle";
        return (
          <g key={node.id}>
            <circle cx={at.x} cy={at.y} r={4 + Math.min(6, node.count)} fill="#4f46e5" />
            <text x={at.x + (anchor === "end" ? -10 : anchor === "start" ? 10 : 0)} y={at.y + (anchor === "middle" ? (at.y < size / 2 ? -12 : 18) : 4)} textAnchor={anchor} fontSize="10" fill="#1e293b">
              {node.name.length > 22 ? `${node.name.slice(0, 21)}…` : node.name}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
