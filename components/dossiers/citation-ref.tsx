// A numbered citation mark: leads to the cited passage in the sources list.
export function CitationRef({ n, label }: { n: number; label: string }) {
  return (
    <sup>
      <a href={`#source-${n}`} id={`cite-${n}`} aria-label={label} className="ml-0.5 font-sans text-xs font-semibold text-indigo-700 no-underline hover:underline" data-testid="citation-ref">
        [{n}]
      </a>
    </sup>
  );
}
