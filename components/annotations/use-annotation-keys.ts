"use client";
// Keyboard shortcuts of the workspace (listed in its help box). Ignored while typing in a field.
import { useEffect, useLayoutEffect, useRef } from "react";

export type ShortcutHandlers = Partial<Record<"entity" | "date" | "theme" | "next" | "previous" | "accept" | "reject" | "delete" | "escape" | "wordRight" | "wordLeft" | "extendRight" | "extendLeft", () => void>>;

export function useAnnotationKeys(handlers: ShortcutHandlers) {
  // The listener reads the handlers of the latest render: updated before paint, so a key pressed as
  // soon as a selection shows already acts on it.
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable=true]") || event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key;
      const action =
        key === "ArrowRight" ? (event.shiftKey ? "extendRight" : "wordRight")
        : key === "ArrowLeft" ? (event.shiftKey ? "extendLeft" : "wordLeft")
        : key === "Escape" ? "escape"
        : key === "Delete" ? "delete"
        : ({ e: "entity", d: "date", t: "theme", j: "next", k: "previous", a: "accept", r: "reject" } as const)[key.toLowerCase() as "e"];
      const handler = action && latest.current[action];
      if (!handler) return;
      // Arrow keys only drive the selection while the text has focus, so the page still scrolls otherwise.
      if (key.startsWith("Arrow") && !target.closest("[data-annotation-surface]")) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
