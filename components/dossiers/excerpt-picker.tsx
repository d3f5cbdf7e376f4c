"use client";
// Shows an article's current text; the analyst selects a passage with the mouse and adds it as an
// excerpt, kept with the revision and offsets it was taken from.
import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { selectionOffsets } from "@/components/annotations/dom-selection";
import { snapToWords } from "@/components/annotations/text-segments";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { ArticleDetail } from "@/lib/articles/get-article";
import { fetchJson } from "@/lib/client/fetch-json";

type Excerpt = { revisionId: string; start: number; end: number; quote: string };

// The text's lines with their offsets: each one element holding one text node, as dom-selection expects.
function lines(text: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) result.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return result;
}

export function ExcerptPicker({ articleId, pending, onAdd }: { articleId: string; pending: boolean; onAdd: (excerpt: Excerpt) => void }) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Excerpt | null>(null);
  const { data } = useQuery({ queryKey: ["dossier-picker", "article", articleId], queryFn: () => fetchJson<ArticleDetail>(`/api/v1/articles/${articleId}`) });
  const revision = data?.currentRevision;
  if (!revision) return null;

  const readSelection = () => {
    const offsets = container.current && selectionOffsets(container.current);
    if (!offsets) return setSelected(null);
    // A quote is whole words: a selection that cuts a word widens to it, as in the annotation workspace.
    const { start, end } = snapToWords(revision.text, offsets.start, offsets.end);
    setSelected(end > start ? { revisionId: revision.id, start, end, quote: revision.text.slice(start, end) } : null);
  };

  return (
    <div className="space-y-2">
      <p className="text-xs text-slate-600">{t.studio.add.selectHint}</p>
      <div ref={container} onMouseUp={readSelection} onKeyUp={readSelection} className="max-h-80 space-y-2 overflow-y-auto rounded-md border border-slate-200 p-3 font-serif text-sm leading-relaxed" lang={data.language ?? undefined} data-testid="excerpt-source">
        {lines(revision.text).map((line) => (
          <p key={line.start}>
            <span data-start={line.start} data-end={line.end}>
              {revision.text.slice(line.start, line.end)}
            </span>
          </p>
        ))}
      </div>
      <p className="text-xs text-slate-600" data-testid="excerpt-selection">
        {selected ? `« ${selected.quote.length > 160 ? `${selected.quote.slice(0, 157)}…` : selected.quote} »` : t.studio.add.noSelection}
      </p>
      <Button disabled={!selected || pending} onClick={() => selected && onAdd(selected)}>
        {t.studio.add.addExcerpt}
      </Button>
    </div>
  );
}
