"use client";
// Between the browser's Selection and text offsets. Every segment of the annotated text is an element
// with data-start/data-end holding exactly one text node, so a DOM position maps to an offset directly.

function segmentOf(node: Node): HTMLElement | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  return element?.closest<HTMLElement>("[data-start]") ?? null;
}

function offsetOf(container: HTMLElement, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const segment = segmentOf(node);
    return segment ? Number(segment.dataset.start) + offset : null;
  }
  // A position between child nodes (a triple click, a selection ending on a paragraph).
  const element = node as Element;
  const after = element.childNodes[offset];
  const first = after && (after.nodeType === Node.ELEMENT_NODE ? ((after as Element).matches("[data-start]") ? (after as HTMLElement) : (after as Element).querySelector<HTMLElement>("[data-start]")) : segmentOf(after));
  if (first) return Number(first.dataset.start);
  const segments = element.querySelectorAll<HTMLElement>("[data-end]");
  const last = segments[segments.length - 1];
  return last ? Number(last.dataset.end) : null;
}

export function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = offsetOf(container, range.startContainer, range.startOffset);
  const end = offsetOf(container, range.endContainer, range.endOffset);
  return start === null || end === null || end <= start ? null : { start, end };
}

function positionOf(container: HTMLElement, offset: number): { node: Node; offset: number } | null {
  for (const segment of container.querySelectorAll<HTMLElement>("[data-start]")) {
    const start = Number(segment.dataset.start);
    const end = Number(segment.dataset.end);
    if (offset >= start && offset <= end && segment.firstChild) return { node: segment.firstChild, offset: offset - start };
  }
  return null;
}

/** Shows a selection made with the keyboard as the browser's own selection. */
export function selectOffsets(container: HTMLElement, start: number, end: number): void {
  const from = positionOf(container, start);
  const to = positionOf(container, end);
  if (!from || !to) return;
  window.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  (from.node.parentElement as HTMLElement | null)?.scrollIntoView({ block: "nearest" });
}
