// A search hit's highlighted passage: matched words in <mark>, everything else as text (never as HTML).
import type { SnippetPart } from "@/lib/search/snippet";

export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <p className="mt-1 line-clamp-3 text-[13px] leading-relaxed text-slate-600">
      {parts.map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-slate-900">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
