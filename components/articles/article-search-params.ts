// The article search as the address bar holds it (`/articles?q=…&source=…&sort=oldest&page=2`), read
// and written in one canonical order: one search is one URL, one API call and one React Query entry.

export const filterParams = ["source", "language", "theme", "entity", "status"] as const;
export type FilterParam = (typeof filterParams)[number];

export type ArticleSearch = Record<FilterParam, string[]> & {
  q: string;
  from: string; // as typed: 2023, 2023-03 or 2023-03-05; the API checks it
  to: string;
  sort: string; // "" for the default order
  page: number;
  pageSize: string; // only from a shared link; the UI never sets it
};

type ReadableParams = Pick<URLSearchParams, "get" | "getAll">;

export function readArticleSearch(params: ReadableParams): ArticleSearch {
  const text = (name: string) => params.get(name)?.trim() ?? "";
  const list = (name: FilterParam) => params.getAll(name).map((value) => value.trim()).filter(Boolean);
  const page = Math.floor(Number(params.get("page")));
  return {
    q: text("q"),
    source: list("source"),
    language: list("language"),
    theme: list("theme"),
    entity: list("entity"),
    status: list("status"),
    from: text("from"),
    to: text("to"),
    sort: text("sort"),
    page: page >= 1 ? page : 1,
    pageSize: text("pageSize"),
  };
}

/** The order the results come in: the server ranks by relevance only when there are words to rank by. */
export function effectiveSort({ q, sort }: Pick<ArticleSearch, "q" | "sort">): string {
  if (!sort || (sort === "relevance" && !q)) return q ? "relevance" : "newest";
  return sort;
}

/** The query string (without `?`) for both the address bar and `GET /api/v1/articles`. */
export function articleSearchString(search: ArticleSearch): string {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  // Sorted, so ticking A then B and B then A share one URL and one cache entry.
  for (const name of filterParams) for (const value of [...new Set(search[name])].sort()) params.append(name, value);
  if (search.from) params.set("from", search.from);
  if (search.to) params.set("to", search.to);
  const sort = effectiveSort(search);
  if (sort !== effectiveSort({ q: search.q, sort: "" })) params.set("sort", sort);
  if (search.page > 1) params.set("page", String(search.page));
  if (search.pageSize) params.set("pageSize", search.pageSize);
  return params.toString();
}

/** The same string from the record a server page receives as `searchParams`. */
export function articleSearchStringOf(record: Record<string, string | string[] | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(record)) for (const item of [value ?? []].flat()) params.append(name, item);
  return articleSearchString(readArticleSearch(params));
}

/** Applies a change; a different search starts again at page 1, the same one keeps its page. */
export function changeArticleSearch(search: ArticleSearch, change: Partial<ArticleSearch>): ArticleSearch {
  const next = { ...search, ...change };
  if (change.page === undefined && articleSearchString(next) !== articleSearchString(search)) next.page = 1;
  return next;
}

export function toggleValue(values: string[], value: string): string[] {
  return values.includes(value) ? values.filter((item) => item !== value) : [...values, value];
}

export function hasActiveFilters(search: ArticleSearch): boolean {
  return filterParams.some((name) => search[name].length > 0) || Boolean(search.from || search.to);
}

/** Everything the filter panel sets, cleared; the words and the order stay. */
export const clearedFilters: Partial<ArticleSearch> = { source: [], language: [], theme: [], entity: [], status: [], from: "", to: "" };
