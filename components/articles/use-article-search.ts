"use client";
// The article search state is the URL. It is written with the History API, which Next.js syncs into
// useSearchParams without running the server page again: router.replace would redo on the server the
// search that React Query is about to fetch anyway.
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useState } from "react";
import { articleSearchString, changeArticleSearch, readArticleSearch, type ArticleSearch } from "@/components/articles/article-search-params";

export type UpdateArticleSearch = (change: Partial<ArticleSearch>, options?: { replace?: boolean }) => void;

export function useArticleSearch() {
  const pathname = usePathname();
  const fromUrl = articleSearchString(readArticleSearch(useSearchParams()));
  // Next.js applies a History API change to useSearchParams in a transition, a beat later: what was
  // just written shows at once, or a ticked box would flicker back meanwhile. Back and forward win.
  const [written, setWritten] = useState({ url: fromUrl, queryString: fromUrl });
  let queryString = written.queryString;
  if (written.url !== fromUrl) {
    setWritten({ url: fromUrl, queryString: fromUrl });
    queryString = fromUrl;
  }
  const update = useCallback<UpdateArticleSearch>(
    (change, { replace = false } = {}) => {
      // The address at call time, not at render: a debounced search must not undo a filter ticked meanwhile.
      const current = readArticleSearch(new URLSearchParams(window.location.search));
      const next = articleSearchString(changeArticleSearch(current, change));
      if (next === articleSearchString(current)) return;
      const url = next ? `${pathname}?${next}` : pathname;
      if (replace) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
      setWritten((state) => ({ ...state, queryString: next }));
    },
    [pathname],
  );
  return { search: readArticleSearch(new URLSearchParams(queryString)), queryString, update };
}
